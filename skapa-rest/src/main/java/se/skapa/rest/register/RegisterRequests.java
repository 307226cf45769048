package se.skapa.rest.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.app.register.Spell;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.Intervention;
import se.skapa.core.register.AfterClosing;
import se.skapa.core.register.AfterClosingStatus;
import se.skapa.core.register.Job;
import se.skapa.core.register.JobEndReason;
import se.skapa.core.register.JobKind;
import se.skapa.core.register.Study;
import se.skapa.core.register.StudyKind;
import se.skapa.core.register.Support;
import se.skapa.rest.http.StoredRequests;

/**
 * Bodies of the register's routes: structure only; the domain's records check every rule and name
 * the field.
 */
public final class RegisterRequests {

  private RegisterRequests() {}

  /** The most support sources at one moment. */
  static final int MAX_SUPPORT = 20;

  public record JobBody(
      @NotNull LocalDate started,
      @Nullable LocalDate ended,
      @NotNull JobKind kind,
      @NotNull BigDecimal hoursPerWeek,
      @Nullable Long monthlyWage,
      @Nullable Long monthlySubsidy,
      @Nullable JobEndReason endReason) {

    Spell.Work spell() {
      return new Spell.Work(
          new Job(
              started,
              Optional.ofNullable(ended),
              kind,
              hoursPerWeek,
              Optional.ofNullable(monthlyWage).map(Kronor::of),
              Optional.ofNullable(monthlySubsidy).map(Kronor::of),
              Optional.ofNullable(endReason)));
    }
  }

  public record StudyBody(
      @NotNull LocalDate started,
      @Nullable LocalDate ended,
      @NotNull StudyKind kind,
      @NotNull Integer extent) {

    Spell.Studies spell() {
      return new Spell.Studies(new Study(started, Optional.ofNullable(ended), kind, extent));
    }
  }

  public record InterventionBody(
      @NotBlank @Size(max = 64) String service,
      @NotNull BipGroup group,
      @NotBlank @Size(max = 200) String name,
      @NotNull LocalDate from,
      @Nullable LocalDate to,
      @Nullable @Size(max = 200) String provider) {

    Spell.Insats spell() {
      return new Spell.Insats(
          new Intervention(name, group, from, Optional.ofNullable(to)),
          Optional.ofNullable(provider).filter(p -> !p.isBlank()));
    }
  }

  public record AfterClosingBody(
      @NotNull Integer monthsAfter,
      @NotNull LocalDate date,
      @NotNull AfterClosingStatus status,
      @Nullable @Size(max = MAX_SUPPORT) List<StoredRequests.@NotNull @Valid SupportBody> support) {

    AfterClosing followUp() {
      Violations v = new Violations();
      List<Support> s = StoredRequests.support(v, support);
      v.throwIfAny();
      return new AfterClosing(monthsAfter, date, status, s);
    }
  }
}
