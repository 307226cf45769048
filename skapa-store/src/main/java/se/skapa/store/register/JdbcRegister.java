package se.skapa.store.register;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.register.EnrolmentId;
import se.skapa.app.register.RegisterStore;
import se.skapa.app.register.StoredEnrolment;
import se.skapa.app.register.TargetSet;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.Metric;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Target;
import se.skapa.store.sql.Sql;

/**
 * {@link RegisterStore} on the tables {@code enrolments}, {@code enrolment_versions} and {@code
 * targets}.
 */
public final class JdbcRegister implements RegisterStore {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcRegister(Sql sql) {
    this.sql = sql;
  }

  private static final String ENROLMENT_COLUMNS =
      "org_id, id, version, service_id, participant, admitted, first_contact, action_plan, "
          + "closed, outcome, subsidised, recorded_by_key, recorded_by, recorded_at";
  private static final String ENROLMENT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  private static Object[] enrolmentValues(StoredEnrolment e) {
    ServiceParticipant p = e.enrolment();
    return new Object[] {
      e.organisation().value(),
      e.id().value(),
      e.version(),
      e.service().value(),
      p.key().value(),
      p.admitted(),
      p.firstContact().orElse(null),
      p.actionPlan(),
      p.closed().orElse(null),
      p.outcome().map(OutcomeType::name).orElse(null),
      p.subsidised(),
      e.recordedByKey().value(),
      e.recordedBy().value(),
      ts(e.recordedAt())
    };
  }

  @Override
  public Optional<EnrolmentId> insertEnrolment(StoredEnrolment e) {
    int inserted =
        sql.update(
            "WITH n AS (INSERT INTO enrolments ("
                + ENROLMENT_COLUMNS
                + ") VALUES ("
                + ENROLMENT_VALUES
                + ") "
                + "ON CONFLICT (org_id, participant, service_id, admitted) DO NOTHING RETURNING "
                + ENROLMENT_COLUMNS
                + ") "
                + "INSERT INTO enrolment_versions ("
                + ENROLMENT_COLUMNS
                + ") SELECT "
                + ENROLMENT_COLUMNS
                + " FROM n",
            enrolmentValues(e));
    if (inserted == 1) {
      return Optional.empty();
    }
    return sql.one(
        "SELECT id FROM enrolments WHERE org_id = ? AND participant = ? AND service_id = ? AND admitted = ?",
        rs -> new EnrolmentId(rs.getObject("id", UUID.class)),
        e.organisation().value(),
        e.enrolment().key().value(),
        e.service().value(),
        e.enrolment().admitted());
  }

  @Override
  public boolean updateEnrolment(StoredEnrolment e) {
    ServiceParticipant p = e.enrolment();
    return sql.update(
            "WITH n AS (UPDATE enrolments SET version = ?, first_contact = ?, action_plan = ?, closed = ?, outcome = ?, subsidised = ?, "
                + "recorded_by_key = ?, recorded_by = ?, recorded_at = ? WHERE org_id = ? AND id = ? AND version = ? RETURNING "
                + ENROLMENT_COLUMNS
                + ") INSERT INTO enrolment_versions ("
                + ENROLMENT_COLUMNS
                + ") SELECT "
                + ENROLMENT_COLUMNS
                + " FROM n",
            e.version(),
            p.firstContact().orElse(null),
            p.actionPlan(),
            p.closed().orElse(null),
            p.outcome().map(OutcomeType::name).orElse(null),
            p.subsidised(),
            e.recordedByKey().value(),
            e.recordedBy().value(),
            ts(e.recordedAt()),
            e.organisation().value(),
            e.id().value(),
            e.version() - 1)
        == 1;
  }

  @Override
  public Optional<StoredEnrolment> enrolment(OrganisationId org, EnrolmentId id) {
    return sql.one(
        "SELECT " + ENROLMENT_COLUMNS + " FROM enrolments WHERE org_id = ? AND id = ?",
        JdbcRegister::enrolment,
        org.value(),
        id.value());
  }

  @Override
  public List<StoredEnrolment> enrolments(
      OrganisationId org, Optional<ServiceId> service, LocalDate to) {
    return sql.list(
        "SELECT "
            + ENROLMENT_COLUMNS
            + " FROM enrolments WHERE org_id = ? AND (CAST(? AS text) IS NULL OR service_id = ?) AND admitted <= ? "
            + "ORDER BY admitted, id",
        JdbcRegister::enrolment,
        org.value(),
        service.map(ServiceId::value).orElse(null),
        service.map(ServiceId::value).orElse(null),
        to);
  }

  @Override
  public List<StoredEnrolment> participantEnrolments(OrganisationId org, Pseudonym participant) {
    return sql.list(
        "SELECT "
            + ENROLMENT_COLUMNS
            + " FROM enrolments WHERE org_id = ? AND participant = ? ORDER BY admitted DESC, id",
        JdbcRegister::enrolment,
        org.value(),
        participant.value());
  }

  private static StoredEnrolment enrolment(ResultSet rs) throws SQLException {
    ServiceParticipant p =
        new ServiceParticipant(
            Pseudonym.of(rs.getString("participant")),
            rs.getObject("admitted", LocalDate.class),
            Optional.ofNullable(rs.getObject("closed", LocalDate.class)),
            Optional.ofNullable(rs.getString("outcome")).map(OutcomeType::valueOf),
            rs.getBoolean("subsidised"),
            Optional.ofNullable(rs.getObject("first_contact", LocalDate.class)),
            rs.getBoolean("action_plan"));
    return new StoredEnrolment(
        new EnrolmentId(rs.getObject("id", UUID.class)),
        OrganisationId.of(rs.getString("org_id")),
        ServiceId.of(rs.getString("service_id")),
        p,
        rs.getInt("version"),
        new KeyId(rs.getObject("recorded_by_key", UUID.class)),
        Pseudonym.of(rs.getString("recorded_by")),
        at(rs, "recorded_at"));
  }

  @Override
  public void replaceTargets(OrganisationId org, TargetSet t) {
    String service = t.service().map(ServiceId::value).orElse("");
    sql.update(
        "DELETE FROM targets WHERE org_id = ? AND service_id = ? AND period_from = ? AND period_to = ?",
        org.value(),
        service,
        t.from(),
        t.to());
    for (int i = 0; i < t.targets().size(); i++) {
      Target target = t.targets().get(i);
      sql.update(
          "INSERT INTO targets (org_id, service_id, period_from, period_to, position, metric, at_least, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          org.value(),
          service,
          t.from(),
          t.to(),
          i,
          target.metric().name(),
          target.atLeast(),
          target.value());
    }
  }

  @Override
  public List<TargetSet> targets(OrganisationId org, Optional<ServiceId> service) {
    record Row(LocalDate from, LocalDate to, Target target) {}
    List<Row> rows =
        sql.list(
            "SELECT period_from, period_to, metric, at_least, value FROM targets WHERE org_id = ? AND service_id = ? "
                + "ORDER BY period_from, period_to, position",
            rs ->
                new Row(
                    rs.getObject("period_from", LocalDate.class),
                    rs.getObject("period_to", LocalDate.class),
                    new Target(
                        Metric.valueOf(rs.getString("metric")),
                        rs.getBoolean("at_least"),
                        rs.getDouble("value"))),
            org.value(),
            service.map(ServiceId::value).orElse(""));
    Map<List<LocalDate>, List<Target>> byPeriod = new LinkedHashMap<>();
    rows.forEach(
        r ->
            byPeriod
                .computeIfAbsent(List.of(r.from(), r.to()), k -> new ArrayList<>())
                .add(r.target()));
    List<TargetSet> out = new ArrayList<>();
    byPeriod.forEach(
        (period, targets) ->
            out.add(new TargetSet(service, period.get(0), period.get(1), targets)));
    return out;
  }
}
