package se.skapa.core.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.skapa.core.common.Dates;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;

/**
 * When aggregates are released to someone who may not see individuals (an analyst), so that two
 * releases can never be subtracted to give one person's values.
 *
 * <p>Suppressing small cells protects one table; it does not protect two. A cohort read for 1
 * January – 30 June and another for 1 January – 1 July differ by whoever was measured on 1 July,
 * and their difference is that person's scores however many were in each. Statistical agencies
 * answer this by publishing for fixed periods, once. This policy is that rule:
 *
 * <ul>
 *   <li>a release covers one whole period of a fixed calendar ({@link Granularity}): periods of one
 *       calendar never overlap, so no two releases share a person's measurement and their
 *       difference is no one's;
 *   <li>a period is released only after it has ended and {@code settleDays} more have passed, so
 *       that conversations recorded late are in it;
 *   <li>the caller keeps the first release of a period and gives the same numbers ever after, so
 *       that a late record, a correction or an erasure between two reads does not show as a
 *       difference (see {@code docs/privacy.md}).
 * </ul>
 *
 * @param granularity the calendar's periods
 * @param settleDays days after a period's end before it is released, 0–366
 */
public record ReleaseCalendar(Granularity granularity, int settleDays) {

  /** The periods a calendar is made of. */
  public enum Granularity {
    /** Calendar years: {@code 2025}. */
    YEAR(12),
    /** Half years: {@code 2025-H1}, {@code 2025-H2}. */
    HALF_YEAR(6),
    /** Quarters: {@code 2025-Q1} … {@code 2025-Q4}. */
    QUARTER(3);

    private final int months;

    Granularity(int months) {
      this.months = months;
    }

    /**
     * @param text {@code year}, {@code half-year} or {@code quarter}, any case
     * @return the granularity
     * @throws IllegalArgumentException for another text
     */
    public static Granularity parse(String text) {
      return switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "year" -> YEAR;
        case "half-year" -> HALF_YEAR;
        case "quarter" -> QUARTER;
        default ->
            throw new IllegalArgumentException(
                "a release period is year, half-year or quarter, got '" + text + "'");
      };
    }
  }

  /** Whole years, released 30 days after the year's end. */
  public static final ReleaseCalendar DEFAULT = new ReleaseCalendar(Granularity.YEAR, 30);

  /**
   * @param granularity the calendar's periods; not null
   * @param settleDays days after a period's end before it is released, 0–366
   * @throws NullPointerException if granularity is null
   * @throws IllegalArgumentException if settleDays is outside 0–366
   */
  public ReleaseCalendar {
    Objects.requireNonNull(granularity, "granularity");
    if (settleDays < 0 || settleDays > 366) {
      throw new IllegalArgumentException("settleDays is 0–366, got " + settleDays);
    }
  }

  /**
   * One period of the calendar.
   *
   * @param name {@code 2025}, {@code 2025-H2} or {@code 2025-Q3}
   * @param from its first day
   * @param to its last day
   */
  public record Period(String name, LocalDate from, LocalDate to) {

    /**
     * @param other another period
     * @return true if they share a day
     */
    public boolean overlaps(Period other) {
      return !from.isAfter(other.to) && !other.from.isAfter(to);
    }
  }

  /**
   * The period that {@code from}–{@code to} is exactly.
   *
   * @param from the first day asked for; not null
   * @param to the last day asked for; not null
   * @return the period
   * @throws ValidationException rule {@code release-period} at {@code /from} if the days are not
   *     one whole period of this calendar
   */
  public Period period(LocalDate from, LocalDate to) {
    int months = granularity.months;
    boolean whole =
        from.getDayOfMonth() == 1
            && (from.getMonthValue() - 1) % months == 0
            && from.plusMonths(months).minusDays(1).equals(to);
    if (!whole) {
      throw ValidationException.of(
          "/from",
          "release-period",
          "an analyst reads aggregates for one whole "
              + noun()
              + " (e.g. "
              + example()
              + "), got "
              + from
              + " – "
              + to);
    }
    return new Period(name(from), from, to);
  }

  /**
   * The period of this calendar a day falls in.
   *
   * @param day any day; not null
   * @return its period
   */
  public Period containing(LocalDate day) {
    int months = granularity.months;
    LocalDate from =
        LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / months * months + 1, 1);
    return new Period(name(from), from, from.plusMonths(months).minusDays(1));
  }

  /**
   * The periods released by {@code today}, newest first.
   *
   * @param today the day asked; not null
   * @param count how many at most
   * @return up to {@code count} periods, the newest released first
   */
  public List<Period> released(LocalDate today, int count) {
    List<Period> out = new ArrayList<>(count);
    Period p = containing(today);
    while (out.size() < count && !p.from().isBefore(Dates.EARLIEST)) {
      if (!today.isBefore(releaseDay(p))) {
        out.add(p);
      }
      p = containing(p.from().minusDays(1));
    }
    return out;
  }

  /**
   * The first day a period is released.
   *
   * @param period a period of this calendar; not null
   * @return the day after its end plus {@code settleDays}
   */
  public LocalDate releaseDay(Period period) {
    return period.to().plusDays(1L + settleDays);
  }

  /**
   * @param period a period of this calendar; not null
   * @param today the day asked; not null
   * @throws ValidationException rule {@code not-released} at {@code /to} before {@link #releaseDay}
   */
  public void requireReleased(Period period, LocalDate today) {
    LocalDate day = releaseDay(period);
    if (today.isBefore(day)) {
      throw ValidationException.of(
          "/to",
          "not-released",
          period.name()
              + " is released to analysts on "
              + day
              + " ("
              + settleDays
              + " days after it ends, so that late records are in it); "
              + ChronoUnit.DAYS.between(today, day)
              + " days to go");
    }
  }

  /**
   * The rule, stated where it applies.
   *
   * @return the rule in Swedish and English
   */
  public LocalizedText rule() {
    String sv =
        switch (granularity) {
          case YEAR -> "helt kalenderår";
          case HALF_YEAR -> "hela halvår";
          case QUARTER -> "hela kvartal";
        };
    return LocalizedText.of(
        "Analytiker får sammanställningar för "
            + sv
            + ", tidigast "
            + settleDays
            + " dagar efter periodens slut, och samma siffror varje gång: "
            + "två sammanställningar kan då inte dras från varandra så att en persons värden syns.",
        "Analysts get aggregates for whole "
            + noun()
            + "s, at the earliest "
            + settleDays
            + " days after the period ends, and the same numbers every time: two aggregates "
            + "can then not be subtracted to show one person's values.");
  }

  private String name(LocalDate from) {
    int part = (from.getMonthValue() - 1) / granularity.months + 1;
    return switch (granularity) {
      case YEAR -> Integer.toString(from.getYear());
      case HALF_YEAR -> from.getYear() + "-H" + part;
      case QUARTER -> from.getYear() + "-Q" + part;
    };
  }

  private String noun() {
    return switch (granularity) {
      case YEAR -> "calendar year";
      case HALF_YEAR -> "half year";
      case QUARTER -> "quarter";
    };
  }

  private String example() {
    return switch (granularity) {
      case YEAR -> "from=2025-01-01&to=2025-12-31";
      case HALF_YEAR -> "from=2025-07-01&to=2025-12-31";
      case QUARTER -> "from=2025-10-01&to=2025-12-31";
    };
  }
}
