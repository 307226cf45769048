package se.skapa.app.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.fidelity.ActionPlanItem;
import se.skapa.core.fidelity.Review;

/**
 * One version of a stored IPS fidelity review: its scores and notes, whether it is a draft or final
 * (locked), why a final one was corrected, and its action plan.
 *
 * @param reason why this version corrects a final one; empty for drafts and first versions
 */
public record StoredReview(
    UUID id,
    OrganisationId organisation,
    ServiceId service,
    Review review,
    Status status,
    Optional<String> reason,
    List<ActionPlanItem> actionPlan,
    int version,
    KeyId recordedByKey,
    Pseudonym recordedBy,
    Instant recordedAt) {

  /**
   * A draft may be saved again and again; a final review is locked, and a correction needs a
   * reason.
   */
  public enum Status {
    /** May leave items out and be saved again. */
    DRAFT,
    /** Every item scored; locked, corrected only with a reason. */
    FINAL
  }

  /**
   * @param id the id; not null
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param review the review; not null
   * @param status draft or final; not null
   * @param reason why this version corrects a final one; empty for drafts and first versions; not
   *     null
   * @param actionPlan the action plan
   * @param version the version, from 1
   * @param recordedByKey the key that wrote this version; not null
   * @param recordedBy that key's holder; not null
   * @param recordedAt when this version was written; not null
   * @throws NullPointerException if a required component is null
   */
  public StoredReview {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    actionPlan = List.copyOf(actionPlan);
    Objects.requireNonNull(recordedByKey, "recordedByKey");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
