package se.skapa.core.outcomes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;

/**
 * Disclosure control for aggregated reports: a count from 1 to {@code threshold − 1} could point at
 * a person, so it is withheld, and so is every cell it could be recovered from by subtraction:
 *
 * <ul>
 *   <li>a count whose complement in its denominator is small (19 of 20 contacted names the one who
 *       was not);
 *   <li>a second outcome when only one outcome of a denominator is withheld (the rest add up to
 *       it);
 *   <li>every outcome when the denominator itself is small;
 *   <li>a sum (work or studies, lasting) with a withheld part, and the subsidised part of a
 *       withheld employment;
 *   <li>the mean and median days to closing when the number closed is withheld (over one person
 *       they are that person's days), and participants per staff member when the number active is
 *       (the reader knows the staff).
 * </ul>
 *
 * Zero is published: "nobody" names no one. A policy, applied by the caller to the reports it must
 * protect.
 */
public final class SmallNumbers {

  /**
   * The default threshold: counts below 5 are withheld, as Swedish official statistics commonly do.
   */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The lowest threshold that withholds anything: below it every count is published. */
  public static final int LOWEST_THRESHOLD = 2;

  /**
   * The highest threshold a server or an organisation may set: above it a report of a small service
   * would withhold nearly everything.
   */
  public static final int HIGHEST_THRESHOLD = 100;

  /**
   * The rule, stated in every report that applies it.
   *
   * @param threshold the threshold, 2 or more
   * @return the rule in Swedish and English
   */
  public static LocalizedText rule(int threshold) {
    return LocalizedText.of(
        "Antal från 1 till "
            + (threshold - 1)
            + " visas som \"< "
            + threshold
            + "\" och andelar byggda på dem "
            + "redovisas inte, inte heller celler som de kan räknas fram ur genom subtraktion.",
        "Counts from 1 to "
            + (threshold - 1)
            + " are shown as \"< "
            + threshold
            + "\" and shares built on them are withheld, "
            + "as are cells they could be recovered from by subtraction.");
  }

  private SmallNumbers() {}

  /**
   * The cells of a report to withhold. Cell names: {@code admitted}, {@code closed}, {@code
   * activeAtEnd}, {@code outcomes/<TYPE>}, {@code outcomes/<TYPE>/subsidised}, {@code
   * workOrStudies}, {@code lasting}, {@code contactedWithinDays}, {@code actionPlan}, {@code
   * meanDaysClosed}, {@code medianDaysClosed}, {@code participantsPerStaff}.
   *
   * @throws ValidationException rule {@code range} if the threshold is below 2
   * @param report the report; not null
   * @param threshold counts below it and above 0 are small
   * @return the names of the cells to withhold, in the report's order
   */
  public static Set<String> suppressed(OutcomeReport report, int threshold) {
    return suppressed(report, threshold, Set.of());
  }

  /**
   * The cells of a report to withhold when some are withheld already for another reason: a total's
   * cell whose part is withheld in a published part's table (an organisation's report beside its
   * services' reports) would give the part away by subtraction. The cells it implies are withheld
   * too.
   *
   * @param report the report; not null
   * @param threshold counts below it and above 0 are small, 2 or more
   * @param withheld cells to withhold in any case, named as this method names them; not null
   * @return the names of the cells to withhold
   * @throws ValidationException rule {@code range} if the threshold is below 2
   */
  public static Set<String> suppressed(OutcomeReport report, int threshold, Set<String> withheld) {
    if (threshold < LOWEST_THRESHOLD) {
      throw ValidationException.of(
          "/threshold", "range", "a small-numbers threshold must be 2 or more, got " + threshold);
    }
    Set<String> out = new LinkedHashSet<>();
    for (String cell : withheld) {
      if (!cell.startsWith("outcomes/")) {
        out.add(cell);
      }
    }
    single(out, "admitted", report.admitted(), threshold);
    single(out, "closed", report.closed(), threshold);
    single(out, "activeAtEnd", report.activeAtEnd(), threshold);
    binary(out, "contactedWithinDays", report.contactedWithinDays(), threshold);
    binary(out, "actionPlan", report.actionPlan(), threshold);

    int denominator =
        report.outcomes().isEmpty() ? 0 : report.outcomes().get(0).share().denominator();
    List<OutcomeCount> outcomes = new ArrayList<>();
    for (OutcomeCount c : report.outcomes()) {
      if (small(denominator, threshold)
          || small(c.share().count(), threshold)
          || withheld.contains("outcomes/" + c.outcome())) {
        outcomes.add(c);
      }
    }
    if (outcomes.size() == 1) {
      // One withheld outcome is the denominator minus the others: withhold the smallest other one
      // too.
      report.outcomes().stream()
          .filter(c -> !outcomes.contains(c) && c.share().count() > 0)
          .min(Comparator.comparingInt(c -> c.share().count()))
          .ifPresent(outcomes::add);
    }
    outcomes.forEach(c -> out.add("outcomes/" + c.outcome()));
    for (OutcomeCount c : report.outcomes()) {
      if (out.contains("outcomes/" + c.outcome())
          || small(c.subsidised(), threshold)
          || withheld.contains("outcomes/" + c.outcome() + "/subsidised")) {
        out.add("outcomes/" + c.outcome() + "/subsidised");
      }
    }
    if (out.contains("outcomes/EMPLOYMENT") || out.contains("outcomes/STUDIES")) {
      out.add("workOrStudies");
    }
    if (out.contains("workOrStudies") || out.contains("outcomes/OTHER_LASTING")) {
      out.add("lasting");
    }
    if (out.contains("closed")) {
      out.add("meanDaysClosed");
      out.add("medianDaysClosed");
    }
    if (out.contains("activeAtEnd")) {
      out.add("participantsPerStaff");
    }
    return out;
  }

  /**
   * True for a count from 1 to {@code threshold − 1}: one that could point at a person. A withheld
   * share's denominator is shown only when this is false for it.
   *
   * @param count a count
   * @param threshold the threshold
   * @return true if the count is small
   */
  public static boolean small(int count, int threshold) {
    return count > 0 && count < threshold;
  }

  private static void single(Set<String> out, String cell, int count, int threshold) {
    if (small(count, threshold)) {
      out.add(cell);
    }
  }

  /** A count of a denominator split in two: either side small reveals the other. */
  private static void binary(Set<String> out, String cell, Share s, int threshold) {
    if (small(s, threshold)) {
      out.add(cell);
    }
  }

  /**
   * True for a share to withhold: its count, the rest of its denominator or the denominator is
   * small ({@link #small(int, int)}), for either side of a split reveals the other.
   *
   * @param share a count over its denominator; not null
   * @param threshold the threshold
   * @return true if the share must be withheld
   */
  public static boolean small(Share share, int threshold) {
    return small(share.count(), threshold)
        || small(share.denominator() - share.count(), threshold)
        || small(share.denominator(), threshold);
  }
}
