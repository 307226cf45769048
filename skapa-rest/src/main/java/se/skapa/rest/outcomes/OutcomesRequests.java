package se.skapa.rest.outcomes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.rest.responses.TargetDto;

/** Request bodies of the outcome and Finsam routes. */
public final class OutcomesRequests {

  private OutcomesRequests() {}

  /** An outcome report: closingRule defaults to CLOSED, contactDays to 14. */
  /**
   * {@code from}, {@code to} and {@code staffFullTimeEquivalents} are required; checked with every
   * other rule of the body at once.
   */
  public record ReportRequest(
      LocalDate from,
      LocalDate to,
      BigDecimal staffFullTimeEquivalents,
      ClosingRule closingRule,
      Integer contactDays,
      @NotNull @Size(max = 100_000) List<@NotNull @Valid ParticipantDto> participants) {}

  /**
   * A participant of the service; {@code key} and {@code admitted} are required, checked with the
   * rest of the report.
   */
  public record ParticipantDto(
      String key,
      LocalDate admitted,
      LocalDate closed,
      OutcomeType outcome,
      Boolean subsidised,
      LocalDate firstContact,
      Boolean actionPlan) {}

  /** A report and the targets to hold it against. */
  public record TargetsRequest(
      @NotNull @Valid ReportRequest report,
      @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid TargetDto> targets) {}

  /** Exactly one of total or stateContribution. */
  public record AllocationRequest(
      Long total,
      Long stateContribution,
      @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid MemberDto> members) {}

  /** A member kommun and its share of the kommuner's quarter (0-1). */
  public record MemberDto(@NotBlank String name, @NotNull BigDecimal share) {}

  /** Benefit days for full-year equivalents. */
  public record HeRequest(
      @NotNull @Size(max = 100_000) List<@NotNull @Valid DaysDto> days,
      Map<Benefit, BigDecimal> divisors,
      Integer population,
      se.skapa.core.finsam.AgeBand populationAges) {}

  /** Days of one benefit at one degree (default 1). */
  public record DaysDto(@NotNull Benefit benefit, @NotNull BigDecimal days, BigDecimal degree) {}
}
