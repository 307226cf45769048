package se.skapa.app.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.core.outcomes.OutcomeFigures;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.Target;
import se.skapa.core.register.WorkedDuring;

/**
 * An outcome report kept as issued (fastställd): its terms, its figures and the targets it was held
 * against, who fixed it and when. Only counts: no one's key or dates, so it outlives erasure and
 * gallring of the people it counts, as a report sent to a board does.
 *
 * @param id the report's id
 * @param organisation the organisation
 * @param service the service, or empty for the organisation's report
 * @param terms the period and the report's rules
 * @param fixedAt when it was fixed
 * @param fixedBy who fixed it (an account's or key's holder), or {@link #RELEASE} when it was fixed
 *     at its first release to an analyst
 * @param figures the report's counts
 * @param workedCount enrolments in the period with a job while enrolled
 * @param workedOf enrolments in the period
 * @param targets the targets it was held against
 * @param enrolments the enrolments it was computed over
 * @param released when it was first given to an analyst; empty if it has not been
 */
public record FixedReport(
    UUID id,
    OrganisationId organisation,
    Optional<ServiceId> service,
    ReportTerms terms,
    Instant fixedAt,
    String fixedBy,
    OutcomeFigures figures,
    int workedCount,
    int workedOf,
    List<Target> targets,
    int enrolments,
    Optional<Instant> released) {

  /** {@link #fixedBy()} of a report fixed when it was first released to an analyst. */
  public static final String RELEASE = "release";

  /**
   * Copies the targets.
   *
   * @param id the id; not null
   * @param organisation the organisation; not null
   * @param service the service or empty; not null
   * @param terms the terms; not null
   * @param fixedAt when; not null
   * @param fixedBy who; not null
   * @param figures the counts; not null
   * @param workedCount worked while enrolled, 0 to workedOf
   * @param workedOf enrolled in the period, 0 or more
   * @param targets the targets; not null
   * @param enrolments enrolments read, 0 or more
   * @param released when first given to an analyst; not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if workedCount is outside 0–workedOf
   */
  public FixedReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(fixedAt, "fixedAt");
    Objects.requireNonNull(fixedBy, "fixedBy");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(released, "released");
    targets = List.copyOf(targets);
    if (workedCount < 0 || workedCount > workedOf) {
      throw new IllegalArgumentException("workedCount is outside 0-" + workedOf);
    }
  }

  /** {@return the report as issued} */
  public OutcomeReport report() {
    return figures.report(terms);
  }

  /** {@return those who worked while enrolled, as issued} */
  public Share workedDuring() {
    return Share.of(workedCount, workedOf, WorkedDuring.IN_PERIOD);
  }

  /** {@return true if it was fixed at its first release to an analyst} */
  public boolean fixedAtRelease() {
    return RELEASE.equals(fixedBy);
  }
}
