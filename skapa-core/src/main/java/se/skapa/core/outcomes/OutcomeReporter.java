package se.skapa.core.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Builds outcome reports from a register of participants: {@link #report(List, ReportTerms)}.
 * Stateless.
 */
public final class OutcomeReporter {

  /** "Contacted within N days of admission": two weeks unless a target says otherwise. */
  public static final int DEFAULT_CONTACT_DAYS = 14;

  /**
   * Dates outside this era are typing errors; the bound also keeps day counts far from overflow.
   */
  public static final LocalDate EARLIEST = se.skapa.core.common.Dates.EARLIEST;

  /** The last day a report's dates may reach. */
  public static final LocalDate LATEST = se.skapa.core.common.Dates.LATEST;

  private OutcomeReporter() {}

  /**
   * The rules of a report's period, for callers that check a whole request before reporting:
   * records {@code date-order} at {@code /to} and {@code date-range} at {@code /from}.
   *
   * @param v where violations are recorded; not null
   * @param from the period's first day; not null
   * @param to the period's last day; not null
   */
  public static void checkPeriod(Violations v, LocalDate from, LocalDate to) {
    v.check(
        !to.isBefore(from),
        "/to",
        "date-order",
        "the period ends (" + to + ") before it starts (" + from + ")");
    v.check(
        !from.isBefore(EARLIEST) && !to.isAfter(LATEST),
        "/from",
        "date-range",
        "the period must lie within " + EARLIEST + " - " + LATEST);
  }

  /**
   * The outcome report of a service's participants over a period.
   *
   * @param participants the participants, each key once; not null
   * @param terms the period, staff, denominator rule and contact days; not null
   * @return the report
   * @throws ValidationException listing every broken rule: the period's ({@code date-order} at
   *     {@code /to}, {@code date-range} at {@code /from}), dates outside the era ({@code
   *     /participants/<i>}), negative staff ({@code /staffFullTimeEquivalents}), N outside 0–366
   *     ({@code /contactDays}), or a key used twice ({@code /participants/<i>/key}, rule {@code
   *     duplicate})
   */
  public static OutcomeReport report(List<ServiceParticipant> participants, ReportTerms terms) {
    LocalDate from = terms.from();
    LocalDate to = terms.to();
    BigDecimal staffFullTimeEquivalents = terms.staffFullTimeEquivalents();
    ClosingRule rule = terms.closingRule();
    int contactDays = terms.contactDays();
    Violations v = new Violations();
    checkPeriod(v, from, to);
    for (int i = 0; i < participants.size(); i++) {
      ServiceParticipant p = participants.get(i);
      boolean inEra =
          !p.admitted().isBefore(EARLIEST)
              && !p.admitted().isAfter(LATEST)
              && p.closed().map(c -> !c.isAfter(LATEST)).orElse(true)
              && p.firstContact().map(c -> !c.isAfter(LATEST)).orElse(true);
      v.check(
          inEra,
          Pointer.at("/participants", i),
          "date-range",
          "dates must lie within " + EARLIEST + " - " + LATEST);
    }
    Decimals.check(v, "/staffFullTimeEquivalents", staffFullTimeEquivalents);
    v.check(
        staffFullTimeEquivalents.signum() >= 0,
        "/staffFullTimeEquivalents",
        "range",
        "staffFullTimeEquivalents cannot be negative");
    v.check(
        contactDays >= 0 && contactDays <= 366,
        "/contactDays",
        "range",
        "contactDays must be 0-366");
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < participants.size(); i++) {
      v.check(
          keys.add(participants.get(i).key().value()),
          Pointer.at("/participants", i) + "/key",
          "duplicate",
          "participant " + participants.get(i).key() + " occurs more than once");
    }
    v.throwIfAny();

    List<ServiceParticipant> closed = new ArrayList<>();
    List<ServiceParticipant> denominator = new ArrayList<>();
    int active = 0;
    int admitted = 0;
    int contacted = 0;
    int inPeriod = 0;
    int withPlan = 0;
    for (ServiceParticipant p : participants) {
      boolean admittedByEnd = !p.admitted().isAfter(to);
      boolean closedInPeriod =
          p.closed().map(c -> !c.isBefore(from) && !c.isAfter(to)).orElse(false);
      boolean openAtEnd = admittedByEnd && p.closed().map(c -> c.isAfter(to)).orElse(true);
      if (openAtEnd) {
        active++;
      }
      boolean accessed = admittedByEnd && p.closed().map(c -> !c.isBefore(from)).orElse(true);
      boolean reached = p.outcome().filter(o -> o != OutcomeType.NONE).isPresent();
      if (closedInPeriod) {
        closed.add(p);
      }
      boolean counted =
          switch (rule) {
            case CLOSED -> closedInPeriod;
            case CLOSED_OR_OUTCOME_REACHED -> closedInPeriod || (openAtEnd && reached);
            case ACCESSED -> accessed;
          };
      if (counted) {
        denominator.add(p);
      }
      if (!p.admitted().isBefore(from) && admittedByEnd) {
        admitted++;
        if (p.firstContact()
            .map(f -> ChronoUnit.DAYS.between(p.admitted(), f) <= contactDays && !f.isAfter(to))
            .orElse(false)) {
          contacted++;
        }
      }
      if (admittedByEnd && p.closed().map(c -> !c.isBefore(from)).orElse(true)) {
        inPeriod++;
        if (p.actionPlan()) {
          withPlan++;
        }
      }
    }
    Map<OutcomeType, Integer> outcomes = new EnumMap<>(OutcomeType.class);
    Map<OutcomeType, Integer> subsidised = new EnumMap<>(OutcomeType.class);
    for (OutcomeType type : OutcomeType.values()) {
      outcomes.put(type, 0);
      subsidised.put(type, 0);
    }
    for (ServiceParticipant p : denominator) {
      OutcomeType type = p.outcome().orElse(OutcomeType.NONE);
      outcomes.merge(type, 1, Integer::sum);
      if (p.subsidised()) {
        subsidised.merge(type, 1, Integer::sum);
      }
    }
    long[] days =
        closed.stream()
            .mapToLong(p -> ChronoUnit.DAYS.between(p.admitted(), p.closed().orElseThrow()))
            .sorted()
            .toArray();
    OptionalDouble mean =
        days.length == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(java.util.Arrays.stream(days).average().orElseThrow());
    OptionalDouble median = se.skapa.core.common.Median.of(days);
    return new OutcomeFigures(
            active,
            admitted,
            closed.size(),
            denominator.size(),
            outcomes,
            subsidised,
            mean,
            median,
            contacted,
            inPeriod,
            withPlan)
        .report(terms);
  }
}
