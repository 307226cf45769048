package se.skapa.core.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an outcome report is asked for, apart from its participants: the period, the staff it is
 * read against, the denominator's rule and the N of "contacted within N days". Start from {@link
 * #of(LocalDate, LocalDate)} and change what differs from the defaults. Checked by {@link
 * OutcomeReporter#report}, which names every broken rule at once.
 *
 * @param from the period's first day, inclusive; not null
 * @param to the period's last day, inclusive; not null
 * @param staffFullTimeEquivalents staff in full-time equivalents (1.6 = one and six tenths); 0 when
 *     not counted; not null
 * @param closingRule who forms the denominator of the outcome shares; not null
 * @param contactDays the N of "contacted within N days of admission", 0–366
 */
public record ReportTerms(
    LocalDate from,
    LocalDate to,
    BigDecimal staffFullTimeEquivalents,
    ClosingRule closingRule,
    int contactDays) {

  /**
   * @param from the period's first day
   * @param to the period's last day
   * @param staffFullTimeEquivalents staff in full-time equivalents
   * @param closingRule the denominator's rule
   * @param contactDays the N of "contacted within N days"
   * @throws NullPointerException if a component is null
   */
  public ReportTerms {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(staffFullTimeEquivalents, "staffFullTimeEquivalents");
    Objects.requireNonNull(closingRule, "closingRule");
  }

  /**
   * The terms of a report over a period with the defaults: no staff counted, the denominator {@link
   * ClosingRule#CLOSED}, contact within {@link OutcomeReporter#DEFAULT_CONTACT_DAYS} days.
   *
   * @param from the period's first day, inclusive; not null
   * @param to the period's last day, inclusive; not null
   * @return the terms
   */
  public static ReportTerms of(LocalDate from, LocalDate to) {
    return new ReportTerms(
        from, to, BigDecimal.ZERO, ClosingRule.CLOSED, OutcomeReporter.DEFAULT_CONTACT_DAYS);
  }

  /**
   * @param staff staff in full-time equivalents; not null
   * @return these terms with that staff
   */
  public ReportTerms withStaff(BigDecimal staff) {
    return new ReportTerms(from, to, staff, closingRule, contactDays);
  }

  /**
   * @param rule who forms the denominator; not null
   * @return these terms with that rule
   */
  public ReportTerms withClosingRule(ClosingRule rule) {
    return new ReportTerms(from, to, staffFullTimeEquivalents, rule, contactDays);
  }

  /**
   * @param days the N of "contacted within N days of admission"
   * @return these terms with that N
   */
  public ReportTerms withContactDays(int days) {
    return new ReportTerms(from, to, staffFullTimeEquivalents, closingRule, days);
  }
}
