package se.skapa.store.review;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.review.ReviewStore;
import se.skapa.app.review.StoredReview;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.fidelity.ActionPlanItem;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.Review;
import se.skapa.store.sql.Sql;

/**
 * {@link ReviewStore} on the tables {@code fidelity_reviews} and {@code fidelity_review_versions}.
 */
public final class JdbcReviews implements ReviewStore {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcReviews(Sql sql) {
    this.sql = sql;
  }

  /** The key first (organisation, id, service), then what a new version changes. */
  private static final String REVIEW_COLUMNS =
      "org_id, id, service_id, version, reviewed_on, reviewers, item_numbers, item_scores, "
          + "item_notes, status, reason, plan_items, plan_actions, plan_owners, plan_due, recorded_by_key, recorded_by, recorded_at";

  private static final String REVIEW_VALUES =
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  /** What a version of a review holds beyond its key, in the order of {@link #REVIEW_COLUMNS}. */
  private Object[] versionValues(StoredReview r) {
    List<ItemScore> items = r.review().items();
    List<ActionPlanItem> plan = r.actionPlan();
    return new Object[] {
      r.version(),
      r.review().date(),
      sql.textArray(r.review().reviewers().stream().map(Pseudonym::value).toList()),
      sql.array("integer", items.stream().map(ItemScore::number).toArray(Integer[]::new)),
      sql.array("integer", items.stream().map(ItemScore::score).toArray(Integer[]::new)),
      sql.textArray(items.stream().map(i -> i.note().orElse(null)).toList()),
      r.status().name(),
      r.reason().orElse(null),
      sql.array("integer", plan.stream().map(ActionPlanItem::item).toArray(Integer[]::new)),
      sql.textArray(plan.stream().map(ActionPlanItem::action).toList()),
      sql.textArray(plan.stream().map(p -> p.owner().value()).toList()),
      sql.array("date", plan.stream().map(ActionPlanItem::due).toArray()),
      r.recordedByKey().value(),
      r.recordedBy().value(),
      ts(r.recordedAt())
    };
  }

  @Override
  public void insertReview(StoredReview r) {
    sql.update(
        "WITH n AS (INSERT INTO fidelity_reviews ("
            + REVIEW_COLUMNS
            + ") VALUES ("
            + REVIEW_VALUES
            + ") RETURNING "
            + REVIEW_COLUMNS
            + ") INSERT INTO fidelity_review_versions ("
            + REVIEW_COLUMNS
            + ") SELECT "
            + REVIEW_COLUMNS
            + " FROM n",
        concat(
            new Object[] {r.organisation().value(), r.id(), r.service().value()},
            versionValues(r)));
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Override
  public boolean updateReview(StoredReview r) {
    return sql.update(
            "WITH n AS (UPDATE fidelity_reviews SET version = ?, reviewed_on = ?, reviewers = ?, item_numbers = ?, item_scores = ?, "
                + "item_notes = ?, status = ?, reason = ?, plan_items = ?, plan_actions = ?, plan_owners = ?, plan_due = ?, recorded_by_key = ?, "
                + "recorded_by = ?, recorded_at = ? WHERE org_id = ? AND id = ? AND version = ? RETURNING "
                + REVIEW_COLUMNS
                + ") "
                + "INSERT INTO fidelity_review_versions ("
                + REVIEW_COLUMNS
                + ") SELECT "
                + REVIEW_COLUMNS
                + " FROM n",
            concat(
                versionValues(r), new Object[] {r.organisation().value(), r.id(), r.version() - 1}))
        == 1;
  }

  @Override
  public Optional<StoredReview> review(OrganisationId org, UUID id) {
    return sql.one(
        "SELECT " + REVIEW_COLUMNS + " FROM fidelity_reviews WHERE org_id = ? AND id = ?",
        JdbcReviews::review,
        org.value(),
        id);
  }

  @Override
  public List<StoredReview> reviews(OrganisationId org, ServiceId service) {
    return sql.list(
        "SELECT "
            + REVIEW_COLUMNS
            + " FROM fidelity_reviews WHERE org_id = ? AND service_id = ? ORDER BY reviewed_on, id",
        JdbcReviews::review,
        org.value(),
        service.value());
  }

  @Override
  public List<StoredReview> reviewHistory(OrganisationId org, UUID id) {
    return sql.list(
        "SELECT "
            + REVIEW_COLUMNS
            + " FROM fidelity_review_versions WHERE org_id = ? AND id = ? ORDER BY version",
        JdbcReviews::review,
        org.value(),
        id);
  }

  private static StoredReview review(ResultSet rs) throws SQLException {
    Object[] reviewers = (Object[]) rs.getArray("reviewers").getArray();
    Object[] numbers = (Object[]) rs.getArray("item_numbers").getArray();
    Object[] scores = (Object[]) rs.getArray("item_scores").getArray();
    Object[] notes = (Object[]) rs.getArray("item_notes").getArray();
    List<ItemScore> items = new ArrayList<>();
    for (int i = 0; i < numbers.length; i++) {
      items.add(
          new ItemScore(
              (Integer) numbers[i], (Integer) scores[i], Optional.ofNullable((String) notes[i])));
    }
    Object[] planItems = (Object[]) rs.getArray("plan_items").getArray();
    Object[] actions = (Object[]) rs.getArray("plan_actions").getArray();
    Object[] owners = (Object[]) rs.getArray("plan_owners").getArray();
    Object[] due = (Object[]) rs.getArray("plan_due").getArray();
    List<ActionPlanItem> plan = new ArrayList<>();
    for (int i = 0; i < planItems.length; i++) {
      LocalDate d = due[i] instanceof Date sql ? sql.toLocalDate() : (LocalDate) due[i];
      plan.add(
          new ActionPlanItem(
              (Integer) planItems[i], (String) actions[i], Pseudonym.of((String) owners[i]), d));
    }
    ServiceId service = ServiceId.of(rs.getString("service_id"));
    Review review =
        new Review(
            Pseudonym.of(service.value()),
            rs.getObject("reviewed_on", LocalDate.class),
            Arrays.stream(reviewers).map(x -> Pseudonym.of((String) x)).toList(),
            items);
    return new StoredReview(
        rs.getObject("id", UUID.class),
        OrganisationId.of(rs.getString("org_id")),
        service,
        review,
        StoredReview.Status.valueOf(rs.getString("status")),
        Optional.ofNullable(rs.getString("reason")),
        plan,
        rs.getInt("version"),
        new KeyId(rs.getObject("recorded_by_key", UUID.class)),
        Pseudonym.of(rs.getString("recorded_by")),
        at(rs, "recorded_at"));
  }
}
