package se.skapa.core.outcomes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import se.skapa.core.common.LocalizedText;

/**
 * The counts an outcome report is made of, and nothing else: no one's dates, no one's key. The
 * report follows from them and its terms ({@link #report(ReportTerms)}), so a report can be kept as
 * issued (fastställd) by keeping these figures, and read back equal to the day it was fixed.
 *
 * @param activeAtEnd admitted by the period's end and not closed by it
 * @param admitted admitted in the period
 * @param closed closed in the period
 * @param denominator those the closing rule counts
 * @param outcomes per outcome type, how many of the denominator reached it; every type present,
 *     summing to the denominator
 * @param subsidised per outcome type, how many of those had a wage subsidy; every type present
 * @param meanDaysClosed mean days from admission to closing of those closed; empty when none were
 * @param medianDaysClosed the median of the same
 * @param contacted admitted in the period and contacted within the report's contact days
 * @param inPeriod in the service at some point in the period
 * @param withPlan of those, with an action plan
 */
public record OutcomeFigures(
    int activeAtEnd,
    int admitted,
    int closed,
    int denominator,
    Map<OutcomeType, Integer> outcomes,
    Map<OutcomeType, Integer> subsidised,
    OptionalDouble meanDaysClosed,
    OptionalDouble medianDaysClosed,
    int contacted,
    int inPeriod,
    int withPlan) {

  static final LocalizedText ADMITTED =
      LocalizedText.of("inskrivna under perioden", "admitted in the period");
  static final LocalizedText IN_PERIOD =
      LocalizedText.of(
          "aktuella någon gång under perioden", "participants at some point in the period");

  /**
   * Copies the maps.
   *
   * @param activeAtEnd active at the end, 0 or more
   * @param admitted admitted, 0 or more
   * @param closed closed, 0 or more
   * @param denominator the closing rule's count, 0 or more
   * @param outcomes every outcome type's count; not null
   * @param subsidised every outcome type's subsidised count; not null
   * @param meanDaysClosed mean days to closing; not null
   * @param medianDaysClosed median days to closing; not null
   * @param contacted contacted in time, 0 to admitted
   * @param inPeriod in the period, 0 or more
   * @param withPlan with an action plan, 0 to inPeriod
   * @throws NullPointerException if a map or optional is null
   * @throws IllegalArgumentException if a count is negative, a type is missing, the outcomes do not
   *     sum to the denominator, or a part exceeds its whole
   */
  public OutcomeFigures {
    outcomes = complete(outcomes, "outcomes");
    subsidised = complete(subsidised, "subsidised");
    Objects.requireNonNull(meanDaysClosed, "meanDaysClosed");
    Objects.requireNonNull(medianDaysClosed, "medianDaysClosed");
    for (int n : new int[] {activeAtEnd, admitted, closed, denominator, inPeriod}) {
      if (n < 0) {
        throw new IllegalArgumentException("a count cannot be negative, got " + n);
      }
    }
    int sum = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    if (sum != denominator) {
      throw new IllegalArgumentException(
          "the outcomes sum to " + sum + ", not the denominator " + denominator);
    }
    for (OutcomeType t : OutcomeType.values()) {
      int of = count(outcomes, t);
      if (count(subsidised, t) > of) {
        throw new IllegalArgumentException(
            "subsidised " + t + " " + count(subsidised, t) + " is outside 0-" + of);
      }
    }
    if (contacted < 0 || contacted > admitted) {
      throw new IllegalArgumentException("contacted " + contacted + " is outside 0-" + admitted);
    }
    if (withPlan < 0 || withPlan > inPeriod) {
      throw new IllegalArgumentException("withPlan " + withPlan + " is outside 0-" + inPeriod);
    }
  }

  private static int count(Map<OutcomeType, Integer> map, OutcomeType type) {
    return Objects.requireNonNull(map.get(type), type.name());
  }

  /**
   * @param type an outcome type; not null
   * @return how many of the denominator reached it
   */
  public int reached(OutcomeType type) {
    return count(outcomes, type);
  }

  private static Map<OutcomeType, Integer> complete(Map<OutcomeType, Integer> map, String name) {
    Objects.requireNonNull(map, name);
    EnumMap<OutcomeType, Integer> copy = new EnumMap<>(OutcomeType.class);
    for (OutcomeType t : OutcomeType.values()) {
      Integer n = map.get(t);
      if (n == null || n < 0) {
        throw new IllegalArgumentException(name + " needs a count of 0 or more for " + t);
      }
      copy.put(t, n);
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The figures a report was made of.
   *
   * @param report a report; not null
   * @return its figures, from which {@link #report(ReportTerms)} with the report's terms gives an
   *     equal report
   */
  public static OutcomeFigures of(OutcomeReport report) {
    Map<OutcomeType, Integer> outcomes = new EnumMap<>(OutcomeType.class);
    Map<OutcomeType, Integer> subsidised = new EnumMap<>(OutcomeType.class);
    for (OutcomeCount c : report.outcomes()) {
      outcomes.put(c.outcome(), c.share().count());
      subsidised.put(c.outcome(), c.subsidised());
    }
    return new OutcomeFigures(
        report.activeAtEnd(),
        report.admitted(),
        report.closed(),
        report.workOrStudies().denominator(),
        outcomes,
        subsidised,
        report.meanDaysClosed(),
        report.medianDaysClosed(),
        report.contactedWithinDays().count(),
        report.actionPlan().denominator(),
        report.actionPlan().count());
  }

  /**
   * The report these figures make under its terms: the shares over their named denominators,
   * participants per staff member.
   *
   * @param terms the period, staff, closing rule and contact days; not null
   * @return the report
   */
  public OutcomeReport report(ReportTerms terms) {
    LocalizedText denominatorName = terms.closingRule().description();
    List<OutcomeCount> counts = new ArrayList<>();
    for (OutcomeType type : OutcomeType.values()) {
      counts.add(
          new OutcomeCount(
              type,
              Share.of(reached(type), denominator, denominatorName),
              count(subsidised, type)));
    }
    int workOrStudies = reached(OutcomeType.EMPLOYMENT) + reached(OutcomeType.STUDIES);
    int lasting = workOrStudies + reached(OutcomeType.OTHER_LASTING);
    BigDecimal staff = terms.staffFullTimeEquivalents();
    OptionalDouble perStaff =
        staff.signum() == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(
                BigDecimal.valueOf(activeAtEnd).divide(staff, MathContext.DECIMAL64).doubleValue());
    return new OutcomeReport(
        terms.from(),
        terms.to(),
        activeAtEnd,
        admitted,
        closed,
        terms.closingRule(),
        counts,
        Share.of(workOrStudies, denominator, denominatorName),
        Share.of(lasting, denominator, denominatorName),
        meanDaysClosed,
        medianDaysClosed,
        staff,
        perStaff,
        terms.contactDays(),
        Share.of(contacted, admitted, ADMITTED),
        Share.of(withPlan, inPeriod, IN_PERIOD));
  }
}
