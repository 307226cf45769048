package se.skapa.core.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The change from one review to a later one.
 *
 * @param from the earlier review's day
 * @param to the later review's day
 * @param items every item's change, by number
 * @param sections every section's change
 * @param totalChange only when both reviews are complete
 * @param bandFrom band of the earlier review, if complete
 * @param bandTo band of the later review, if complete
 * @param fell items whose score fell, by number
 * @param rose items whose score rose, by number
 */
public record ReviewStep(
    LocalDate from,
    LocalDate to,
    List<ItemChange> items,
    List<SectionChange> sections,
    OptionalInt totalChange,
    Optional<ScoreBand> bandFrom,
    Optional<ScoreBand> bandTo,
    List<ItemChange> fell,
    List<ItemChange> rose) {

  /**
   * Copies the lists.
   *
   * @param from the earlier review's day
   * @param to the later review's day
   * @param items every item's change
   * @param sections every section's change
   * @param totalChange the total's change
   * @param bandFrom the earlier band
   * @param bandTo the later band
   * @param fell items that fell
   * @param rose items that rose
   */
  public ReviewStep {
    items = List.copyOf(items);
    sections = List.copyOf(sections);
    fell = List.copyOf(fell);
    rose = List.copyOf(rose);
  }

  /**
   * True when both reviews have a band and the bands differ.
   *
   * @return true if the band changed
   */
  public boolean bandChanged() {
    return bandFrom.isPresent()
        && bandTo.isPresent()
        && !bandFrom.get().code().equals(bandTo.get().code());
  }
}
