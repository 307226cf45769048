package se.skapa.core.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/**
 * A fidelity review of one service on one date.
 *
 * @param service pseudonymous key of the service (e.g. {@code ips-hudiksvall})
 * @param date the day of the review
 * @param reviewers initials or keys of the reviewers, never identity numbers; a formal review names
 *     one or more, a quick what-if scoring may name none
 * @param items item scores in any order; missing items make the review a draft
 */
public record Review(
    Pseudonym service, LocalDate date, List<Pseudonym> reviewers, List<ItemScore> items) {

  /**
   * Copies the lists.
   *
   * @param service the service; not null
   * @param date the day; not null
   * @param reviewers the reviewers; not null
   * @param items the item scores; not null
   */
  public Review {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(date, "date");
    reviewers = List.copyOf(reviewers);
    items = List.copyOf(items);
  }
}
