package se.skapa.core.survey;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.skapa.core.common.Dates;
import se.skapa.core.common.ValidationException;

/**
 * The period a survey covers: a year ({@code 2025}), a half year ({@code 2025-H1}) or a quarter
 * ({@code 2025-Q3}). No date finer than that is ever stored with a response.
 */
public record SurveyPeriod(String name, LocalDate from, LocalDate to) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");

  /**
   * @throws ValidationException rule {@code format} at {@code /period}
   * @param name {@code 2025}, {@code 2025-H1} or {@code 2025-Q3}
   * @return the period with its first and last day
   */
  public static SurveyPeriod of(String name) {
    Matcher m = name == null ? null : FORM.matcher(name);
    if (m == null
        || !m.matches()
        || Integer.parseInt(m.group(1)) < Dates.EARLIEST.getYear()
        || Integer.parseInt(m.group(1)) > Dates.LATEST.getYear()) {
      throw ValidationException.of(
          "/period",
          "format",
          "a survey period is a year (2025), a half year (2025-H1) or a quarter (2025-Q3)");
    }
    int year = Integer.parseInt(m.group(1));
    String part = m.group(2);
    int firstMonth =
        part == null
            ? 1
            : part.startsWith("H") ? (part.equals("H1") ? 1 : 7) : 3 * (part.charAt(1) - '1') + 1;
    int months = part == null ? 12 : part.startsWith("H") ? 6 : 3;
    LocalDate from = LocalDate.of(year, firstMonth, 1);
    return new SurveyPeriod(name, from, from.plusMonths(months).minusDays(1));
  }

  /**
   * The survey period a report period falls in: the year, half year or quarter it is exactly,
   * otherwise the calendar year of its last day (a survey is offered once a year).
   *
   * @throws NullPointerException if a date is null
   * @param from the report period's first day
   * @param to the report period's last day
   * @return the survey period
   */
  public static SurveyPeriod covering(LocalDate from, LocalDate to) {
    String year = Integer.toString(to.getYear());
    for (String name :
        new String[] {
          year, year + "-H1", year + "-H2", year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4"
        }) {
      SurveyPeriod p = of(name);
      if (p.from().equals(from) && p.to().equals(to)) {
        return p;
      }
    }
    return of(year);
  }

  /**
   * The whole quarters within a period, in order: what quarterly measures (IPS's) are reported for.
   *
   * @param from the period's first day; not null
   * @param to its last day; not null
   * @return the quarters lying wholly in [from, to]; empty if none does
   */
  public static java.util.List<SurveyPeriod> quartersWithin(LocalDate from, LocalDate to) {
    java.util.List<SurveyPeriod> out = new java.util.ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (int q = 1; q <= 4; q++) {
        SurveyPeriod p = of(year + "-Q" + q);
        if (!p.from().isBefore(from) && !p.to().isAfter(to)) {
          out.add(p);
        }
      }
    }
    return out;
  }
}
