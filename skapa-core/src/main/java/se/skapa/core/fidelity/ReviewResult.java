package se.skapa.core.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.skapa.core.common.Pseudonym;

/**
 * A scored review. A draft (an item missing) has no total and no band: SKAPA never fills in a
 * score, so {@code scoredSum} is the sum of what was scored and nothing more.
 *
 * @param scaleId the scale's id (ips-25)
 * @param service the service reviewed
 * @param date the day of the review
 * @param reviewers the reviewers' pseudonymous keys
 * @param complete every item is scored
 * @param missingItems item numbers not scored, ascending
 * @param total the total, only when complete
 * @param scoredSum the sum of the items scored so far
 * @param maximum the highest possible total
 * @param band the band of the total, only when complete
 * @param sections per section, in the scale's order
 * @param developmentAreas items scored at or below the scale's threshold (3 on ips-25), lowest
 *     score first, then by number
 * @param strengths items scored at the item maximum (5), by number
 * @param items every scored item by number
 */
public record ReviewResult(
    String scaleId,
    Pseudonym service,
    LocalDate date,
    List<Pseudonym> reviewers,
    boolean complete,
    List<Integer> missingItems,
    OptionalInt total,
    int scoredSum,
    int maximum,
    Optional<ScoreBand> band,
    List<SectionResult> sections,
    List<ItemResult> developmentAreas,
    List<ItemResult> strengths,
    List<ItemResult> items) {

  /**
   * Copies the lists.
   *
   * @param scaleId the scale's id
   * @param service the service
   * @param date the review's day
   * @param reviewers the reviewers
   * @param complete every item is scored
   * @param missingItems items not scored
   * @param total the total, when complete
   * @param scoredSum the sum scored so far
   * @param maximum the highest possible total
   * @param band the band, when complete
   * @param sections per section
   * @param developmentAreas the development areas
   * @param strengths the strengths
   * @param items every scored item
   */
  public ReviewResult {
    reviewers = List.copyOf(reviewers);
    missingItems = List.copyOf(missingItems);
    sections = List.copyOf(sections);
    developmentAreas = List.copyOf(developmentAreas);
    strengths = List.copyOf(strengths);
    items = List.copyOf(items);
  }

  /**
   * The score of an item, if scored.
   *
   * @param number an item number
   * @return its score; empty when not scored
   */
  public OptionalInt score(int number) {
    return items.stream().filter(i -> i.number() == number).mapToInt(ItemResult::score).findFirst();
  }
}
