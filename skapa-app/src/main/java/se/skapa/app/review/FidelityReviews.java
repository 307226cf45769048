package se.skapa.app.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.fidelity.ActionPlanItem;
import se.skapa.core.fidelity.FidelityScale;
import se.skapa.core.fidelity.FidelityScorer;
import se.skapa.core.fidelity.Review;
import se.skapa.core.fidelity.ReviewComparison;
import se.skapa.core.fidelity.ReviewResult;
import se.skapa.core.fidelity.ReviewStatus;

/**
 * A service's IPS fidelity reviews, stored: drafts saved and completed later; a final review
 * locked, so that a correction is a new version with a reason, as reviewers do when they find an
 * earlier scoring mistake; the history item by item; the action plan kept with the review.
 */
public final class FidelityReviews {

  private final Storage storage;
  private final Clock clock;
  private final FidelityScale scale;

  /**
   * The scale every review of this use case is scored on.
   *
   * @return the scale
   */
  public FidelityScale scale() {
    return scale;
  }

  /**
   * @param storage where reviews are kept; not null
   * @param clock "today" for the future-date rule and "now" for the audit; not null
   * @param scale the scale reviews are scored on (ips-25); not null
   */
  public FidelityReviews(Storage storage, Clock clock, FidelityScale scale) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scale = Objects.requireNonNull(scale, "scale");
  }

  /**
   * A stored version and its scoring.
   *
   * @param review the stored version
   * @param result its scoring
   */
  public record Scored(StoredReview review, ReviewResult result) {}

  /**
   * Saves a new review, as a draft or final.
   *
   * @throws ValidationException on any scoring rule, rule {@code incomplete} for a final review
   *     with items missing, or an action plan line for an item not on the scale
   * @param actor a handledare or admin of the organisation; not null
   * @param org the organisation; not null
   * @param service the service reviewed; not null
   * @param review the reviewers' scores; not null
   * @param status draft or final; not null
   * @param plan the action plan; not null
   * @return version 1, scored
   */
  public Scored create(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      Review review,
      StoredReview.Status status,
      List<ActionPlanItem> plan) {
    actor.require(org, Role.HANDLEDARE, Role.ADMIN);
    ReviewResult result = check(review, status, plan);
    StoredReview stored =
        new StoredReview(
            UUID.randomUUID(),
            org,
            service,
            review,
            status,
            Optional.empty(),
            plan,
            1,
            actor.key(),
            actor.holder(),
            clock.instant());
    return storage.transaction(
        tx -> {
          Organisations.requireService(tx, org, service);
          ReviewStore.in(tx).insertReview(stored);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      stored.recordedAt(),
                      "fidelity-review.created",
                      "fidelity-reviews/" + stored.id(),
                      null));
          return new Scored(stored, result);
        });
  }

  /**
   * Saves a new version: a draft may change freely and become final; a final review stays final and
   * changes only with a reason.
   *
   * @throws ValidationException rule {@code reason} (a final review corrected without one), {@code
   *     status} (back to draft)
   * @throws StoredModeException NOT_FOUND; STALE if another version came first
   * @param actor a handledare or admin of the organisation; not null
   * @param org the organisation; not null
   * @param service the service reviewed; not null
   * @param id the review; not null
   * @param expectedVersion the version the caller changes
   * @param review the scores; not null
   * @param status draft or final; not null
   * @param reason why a final review is corrected; not null, empty otherwise
   * @param plan the action plan; not null
   * @return the new version, scored
   */
  public Scored update(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      UUID id,
      int expectedVersion,
      Review review,
      StoredReview.Status status,
      Optional<String> reason,
      List<ActionPlanItem> plan) {
    actor.require(org, Role.HANDLEDARE, Role.ADMIN);
    ReviewResult result = check(review, status, plan);
    Instant at = clock.instant();
    return storage.transaction(
        tx -> {
          StoredReview current =
              ReviewStore.in(tx)
                  .review(org, id)
                  .filter(r -> r.service().equals(service))
                  .orElseThrow(() -> StoredModeException.notFound("no fidelity review " + id));
          finalStaysFinal(current, status, reason);
          if (current.version() != expectedVersion) {
            throw StoredModeException.stale(
                "fidelity review "
                    + id
                    + " is at version "
                    + current.version()
                    + ", not "
                    + expectedVersion);
          }
          StoredReview next =
              new StoredReview(
                  id,
                  org,
                  current.service(),
                  review,
                  status,
                  current.status() == StoredReview.Status.FINAL ? reason : Optional.empty(),
                  plan,
                  expectedVersion + 1,
                  actor.key(),
                  actor.holder(),
                  at);
          if (!ReviewStore.in(tx).updateReview(next)) {
            throw StoredModeException.stale(
                "fidelity review " + id + " changed meanwhile; read it again");
          }
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      at,
                      current.status() == StoredReview.Status.FINAL
                          ? "fidelity-review.corrected"
                          : "fidelity-review.saved",
                      "fidelity-reviews/" + id,
                      null));
          return new Scored(next, result);
        });
  }

  /**
   * The policy for a final review: it stays final, and is corrected only with a reason, which is
   * free text checked like every other.
   */
  private static void finalStaysFinal(
      StoredReview current, StoredReview.Status status, Optional<String> reason) {
    if (current.status() != StoredReview.Status.FINAL) {
      return;
    }
    Violations v = new Violations();
    v.check(
        status == StoredReview.Status.FINAL,
        "/status",
        "status",
        "a final review stays final; correct it with a reason");
    if (v.check(
        reason.filter(r -> !r.isBlank()).isPresent(),
        "/reason",
        "reason",
        "a final review is locked: say why it is corrected (e.g. an earlier scoring mistake)")) {
      FreeText.check(v, () -> "/reason", "reason", reason);
    }
    v.throwIfAny();
  }

  /**
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param id the review; not null
   * @return its current version, scored
   * @throws StoredModeException NOT_FOUND if the service has no such review
   */
  public Scored get(Actor actor, OrganisationId org, ServiceId service, UUID id) {
    actor.require(org, Role.values());
    StoredReview r =
        storage
            .transaction(tx -> ReviewStore.in(tx).review(org, id))
            .filter(x -> x.service().equals(service))
            .orElseThrow(() -> StoredModeException.notFound("no fidelity review " + id));
    return new Scored(r, scorer().score(scale, r.review(), status(r.status())));
  }

  /**
   * A service's reviews, current versions, oldest first.
   *
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @return the reviews
   */
  public List<Scored> list(Actor actor, OrganisationId org, ServiceId service) {
    actor.require(org, Role.values());
    List<StoredReview> all = storage.transaction(tx -> ReviewStore.in(tx).reviews(org, service));
    List<Scored> out = new ArrayList<>();
    all.forEach(r -> out.add(new Scored(r, scorer().score(scale, r.review(), status(r.status())))));
    return out;
  }

  /**
   * The final reviews among {@code reviews} compared, oldest first: item by item, section by
   * section and in total, with the change from the first to the latest. Drafts are left out: they
   * are not yet what the review found.
   *
   * @param reviews one service's reviews as {@link #list} gives them; not null
   * @return the comparison; empty when fewer than two are final
   */
  public Optional<ReviewComparison> compareFinal(List<Scored> reviews) {
    List<Review> finals =
        reviews.stream()
            .filter(s -> s.review().status() == StoredReview.Status.FINAL)
            .map(s -> s.review().review())
            .toList();
    return finals.size() < 2
        ? Optional.empty()
        : Optional.of(ReviewComparison.of(scorer(), scale, finals));
  }

  /**
   * An item whose score a version changed: empty where it was (or is) not scored.
   *
   * @param item the item's number
   * @param from the score before
   * @param to the score after
   */
  public record ItemScoreChange(int item, OptionalInt from, OptionalInt to) {}

  /**
   * One version and what it changed from the one before (nothing for the first).
   *
   * @param scored the version, scored
   * @param changes the items it changed
   */
  public record Version(Scored scored, List<ItemScoreChange> changes) {
    /**
     * Copies the changes.
     *
     * @param scored the version
     * @param changes the changes
     */
    public Version {
      changes = List.copyOf(changes);
    }
  }

  /**
   * Every version, oldest first, each with the items it changed.
   *
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param id the review; not null
   * @return the versions
   */
  public List<Version> history(Actor actor, OrganisationId org, ServiceId service, UUID id) {
    actor.require(org, Role.values());
    List<StoredReview> versions =
        storage.transaction(tx -> ReviewStore.in(tx).reviewHistory(org, id));
    if (versions.isEmpty() || !versions.get(0).service().equals(service)) {
      throw StoredModeException.notFound("no fidelity review " + id);
    }
    List<Version> out = new ArrayList<>();
    ReviewResult before = null;
    for (StoredReview r : versions) {
      ReviewResult result = scorer().score(scale, r.review(), status(r.status()));
      List<ItemScoreChange> changes = new ArrayList<>();
      if (before != null) {
        for (var item : scale.items()) {
          OptionalInt from = before.score(item.number());
          OptionalInt to = result.score(item.number());
          if (!from.equals(to)) {
            changes.add(new ItemScoreChange(item.number(), from, to));
          }
        }
      }
      out.add(new Version(new Scored(r, result), changes));
      before = result;
    }
    return out;
  }

  /**
   * A stored review always says what it is: a draft is never refused for the items it leaves out.
   */
  private static Optional<ReviewStatus> status(StoredReview.Status status) {
    return Optional.of(
        status == StoredReview.Status.DRAFT ? ReviewStatus.DRAFT : ReviewStatus.FINAL);
  }

  private ReviewResult check(Review review, StoredReview.Status status, List<ActionPlanItem> plan) {
    ReviewResult result = scorer().score(scale, review, status(status));
    Violations v = new Violations();
    for (int i = 0; i < plan.size(); i++) {
      int item = plan.get(i).item();
      v.check(
          item >= 1 && item <= scale.items().size(),
          "/actionPlan/" + i + "/item",
          "unknown-item",
          "item " + item + " is not on scale " + scale.id());
    }
    v.throwIfAny();
    return result;
  }

  private FidelityScorer scorer() {
    return FidelityScorer.withClock(clock);
  }
}
