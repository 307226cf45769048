package se.skapa.app.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;

/**
 * Stored fidelity reviews and every version of them. A port of stored mode: its implementation
 * takes part in the transaction of the {@link Tx} it is asked from, and every query names its
 * organisation.
 */
public interface ReviewStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static ReviewStore in(Tx tx) {
    return tx.port(ReviewStore.class);
  }

  /**
   * Stores version 1 of a fidelity review.
   *
   * @param review the review; not null
   */
  void insertReview(StoredReview review);

  /**
   * Stores {@code next} if the current version is {@code next.version() - 1}.
   *
   * @param next the next version; not null
   * @return false if another change came first
   */
  boolean updateReview(StoredReview next);

  /**
   * @param organisation the organisation; not null
   * @param id a review's id; not null
   * @return its current version; empty if there is none
   */
  Optional<StoredReview> review(OrganisationId organisation, UUID id);

  /**
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @return the current version of every review of the service
   */
  List<StoredReview> reviews(OrganisationId organisation, ServiceId service);

  /**
   * @param organisation the organisation; not null
   * @param id a review's id; not null
   * @return every version, oldest first; empty if there is no such review
   */
  List<StoredReview> reviewHistory(OrganisationId organisation, UUID id);
}
