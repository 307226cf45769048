package se.skapa.core.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Violations;

/**
 * A job a participant holds, started while enrolled or after: the fact IPS measures its outcome by.
 *
 * @param started the first day of work; not null
 * @param ended the last day, if it has ended; not null
 * @param kind competitive, subsidised or sheltered; not null
 * @param hoursPerWeek contracted hours, above 0 and at most 80, one decimal at most; not null
 * @param monthlyWage gross monthly wage in whole kronor, if known; not null
 * @param monthlySubsidy what the state pays the employer a month for a subsidised job (lönebidrag,
 *     lönestöd, nystartsjobb), in whole kronor, if known; not null
 * @param endReason why it ended, only with {@code ended}; not null
 */
public record Job(
    LocalDate started,
    Optional<LocalDate> ended,
    JobKind kind,
    BigDecimal hoursPerWeek,
    Optional<Kronor> monthlyWage,
    Optional<Kronor> monthlySubsidy,
    Optional<JobEndReason> endReason) {

  /** The most hours a week a job is recorded with. */
  public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(80);

  /** The highest monthly wage recorded: above it, a typing error is likelier than a wage. */
  public static final Kronor MAX_WAGE = Kronor.of(1_000_000);

  /**
   * @param started the first day of work; not null
   * @param ended the last day, if it has ended; not null
   * @param kind competitive, subsidised or sheltered; not null
   * @param hoursPerWeek contracted hours, above 0 and at most 80, one decimal at most; not null
   * @param monthlyWage gross monthly wage in whole kronor, if known; not null
   * @param monthlySubsidy the state's wage subsidy a month, only for a {@code SUBSIDISED} job; not
   *     null
   * @param endReason why it ended, only with {@code ended}; not null
   * @throws se.skapa.core.common.ValidationException naming every broken rule: {@code date-order}
   *     at {@code /ended}, {@code range} or {@code precision} at {@code /hoursPerWeek}, {@code
   *     range} at {@code /monthlyWage} and {@code /monthlySubsidy}, {@code subsidy-kind} at {@code
   *     /monthlySubsidy} for a job that is not subsidised, {@code required} at {@code /ended} for
   *     an end reason without an end
   * @throws NullPointerException if a component is null
   */
  public Job {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(hoursPerWeek, "hoursPerWeek");
    Objects.requireNonNull(monthlyWage, "monthlyWage");
    Objects.requireNonNull(monthlySubsidy, "monthlySubsidy");
    Objects.requireNonNull(endReason, "endReason");
    Violations v = new Violations();
    // An exponent from outside (1e999999999) is refused before any arithmetic or message spells it
    // out: either would take a billion digits.
    Decimals.check(v, "/hoursPerWeek", hoursPerWeek);
    v.throwIfAny();
    Spells.ordered(v, started, ended);
    v.check(
        hoursPerWeek.signum() > 0 && hoursPerWeek.compareTo(MAX_HOURS) <= 0,
        "/hoursPerWeek",
        "range",
        "hoursPerWeek must be above 0 and at most 80, got " + Decimals.show(hoursPerWeek));
    v.check(
        hoursPerWeek.stripTrailingZeros().scale() <= 1,
        "/hoursPerWeek",
        "precision",
        "hoursPerWeek has at most one decimal, got " + Decimals.show(hoursPerWeek));
    monthlyWage.ifPresent(
        w ->
            v.check(
                !w.isNegative() && w.compareTo(MAX_WAGE) <= 0,
                "/monthlyWage",
                "range",
                "monthlyWage must be at least 0 and at most 1 000 000, got " + w.value()));
    monthlySubsidy.ifPresent(
        w ->
            v.check(
                !w.isNegative() && w.compareTo(MAX_WAGE) <= 0,
                "/monthlySubsidy",
                "range",
                "monthlySubsidy must be at least 0 and at most 1 000 000, got " + w.value()));
    v.check(
        monthlySubsidy.isEmpty() || kind == JobKind.SUBSIDISED,
        "/monthlySubsidy",
        "subsidy-kind",
        "a monthlySubsidy belongs to a SUBSIDISED job, not a " + kind + " one");
    v.check(
        endReason.isEmpty() || ended.isPresent(),
        "/ended",
        "required",
        "an endReason needs the day the job ended");
    v.throwIfAny();
    hoursPerWeek = Decimals.canonical(hoursPerWeek);
  }

  /**
   * @param from the first day; not null
   * @param to the last day; not null
   * @return true if the job was held on any day of [from, to]
   */
  public boolean heldDuring(LocalDate from, LocalDate to) {
    return Spells.overlaps(started, ended, from, to);
  }

  /**
   * @param asOf the day counted to; not null
   * @return days held from {@code started} to the end or {@code asOf}, whichever is first; 0 if it
   *     starts after {@code asOf}
   */
  public long daysHeld(LocalDate asOf) {
    LocalDate last = ended.filter(e -> e.isBefore(asOf)).orElse(asOf);
    return last.isBefore(started) ? 0 : ChronoUnit.DAYS.between(started, last) + 1;
  }
}
