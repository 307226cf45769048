package se.skapa.store.register;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.register.EnrolmentId;
import se.skapa.app.register.SupportStore;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.register.AfterClosing;
import se.skapa.core.register.AfterClosingStatus;
import se.skapa.core.register.Support;
import se.skapa.core.register.SupportSource;
import se.skapa.store.sql.Sql;

/** {@link SupportStore} on the tables {@code support} and {@code after_closing}. */
public final class JdbcSupport implements SupportStore {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcSupport(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void replaceSupport(
      OrganisationId organisation, EnrolmentId enrolment, Moment moment, List<Support> support) {
    sql.update(
        "DELETE FROM support WHERE org_id = ? AND enrolment_id = ? AND moment = ?",
        organisation.value(),
        enrolment.value(),
        moment.name());
    for (int i = 0; i < support.size(); i++) {
      Support s = support.get(i);
      sql.update(
          "INSERT INTO support (org_id, enrolment_id, moment, position, source, degree, monthly_amount)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          organisation.value(),
          enrolment.value(),
          moment.name(),
          i,
          s.source().name(),
          s.degree(),
          s.monthlyAmount().map(Kronor::value).orElse(null));
    }
  }

  @Override
  public Map<Moment, List<Support>> support(OrganisationId organisation, EnrolmentId enrolment) {
    Map<Moment, List<Support>> out = new EnumMap<>(Moment.class);
    sql.each(
        "SELECT moment, source, degree, monthly_amount FROM support"
            + " WHERE org_id = ? AND enrolment_id = ? ORDER BY moment, position",
        rs -> Map.entry(Moment.valueOf(rs.getString("moment")), support(rs)),
        e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()),
        organisation.value(),
        enrolment.value());
    return out;
  }

  private static Support support(ResultSet rs) throws SQLException {
    long amount = rs.getLong("monthly_amount");
    boolean none = rs.wasNull();
    return new Support(
        SupportSource.valueOf(rs.getString("source")),
        rs.getBigDecimal("degree"),
        none ? Optional.empty() : Optional.of(Kronor.of(amount)));
  }

  @Override
  public boolean insertAfterClosing(OrganisationId organisation, Recorded r) {
    List<Support> s = r.followUp().support();
    return sql.update(
            "INSERT INTO after_closing (org_id, enrolment_id, months_after, found_on, status,"
                + " sources, degrees, amounts, recorded_by_key, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            organisation.value(),
            r.enrolment().value(),
            r.followUp().monthsAfter(),
            r.followUp().date(),
            r.followUp().status().name(),
            sql.textArray(s.stream().map(x -> x.source().name()).toList()),
            sql.array("numeric", s.stream().map(Support::degree).toArray()),
            sql.array(
                "bigint",
                s.stream().map(x -> x.monthlyAmount().map(Kronor::value).orElse(null)).toArray()),
            r.recordedByKey().value(),
            r.recordedBy().value(),
            Sql.ts(r.recordedAt()))
        == 1;
  }

  @Override
  public List<Recorded> afterClosings(OrganisationId organisation, EnrolmentId enrolment) {
    return sql.list(
        "SELECT * FROM after_closing WHERE org_id = ? AND enrolment_id = ? ORDER BY months_after",
        JdbcSupport::recorded,
        organisation.value(),
        enrolment.value());
  }

  private static Recorded recorded(ResultSet rs) throws SQLException {
    Object[] sources = Sql.elements(rs, "sources");
    Object[] degrees = Sql.elements(rs, "degrees");
    Object[] amounts = Sql.elements(rs, "amounts");
    List<Support> support = new ArrayList<>(sources.length);
    for (int i = 0; i < sources.length; i++) {
      support.add(
          new Support(
              SupportSource.valueOf((String) sources[i]),
              (BigDecimal) degrees[i],
              Optional.ofNullable((Long) amounts[i]).map(Kronor::of)));
    }
    return new Recorded(
        new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
        new AfterClosing(
            rs.getInt("months_after"),
            rs.getObject("found_on", LocalDate.class),
            AfterClosingStatus.valueOf(rs.getString("status")),
            support),
        new KeyId(rs.getObject("recorded_by_key", UUID.class)),
        Pseudonym.of(rs.getString("recorded_by")),
        Sql.at(rs, "recorded_at"));
  }

  @Override
  public Map<EnrolmentId, Map<Moment, List<Support>>> supportOf(
      OrganisationId organisation, Optional<ServiceId> service) {
    Map<EnrolmentId, Map<Moment, List<Support>>> out = new LinkedHashMap<>();
    sql.each(
        "SELECT s.enrolment_id, s.moment, s.source, s.degree, s.monthly_amount FROM support s"
            + " JOIN enrolments e ON e.org_id = s.org_id AND e.id = s.enrolment_id"
            + " WHERE s.org_id = ?"
            + serviceClause(service)
            + " ORDER BY s.enrolment_id, s.moment, s.position",
        rs ->
            Map.entry(
                new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
                Map.entry(Moment.valueOf(rs.getString("moment")), support(rs))),
        e ->
            out.computeIfAbsent(e.getKey(), k -> new EnumMap<>(Moment.class))
                .computeIfAbsent(e.getValue().getKey(), k -> new ArrayList<>())
                .add(e.getValue().getValue()),
        params(organisation, service));
    return out;
  }

  @Override
  public Map<EnrolmentId, List<Recorded>> afterClosingsOf(
      OrganisationId organisation, Optional<ServiceId> service) {
    Map<EnrolmentId, List<Recorded>> out = new LinkedHashMap<>();
    sql.each(
        "SELECT a.* FROM after_closing a"
            + " JOIN enrolments e ON e.org_id = a.org_id AND e.id = a.enrolment_id"
            + " WHERE a.org_id = ?"
            + serviceClause(service)
            + " ORDER BY a.enrolment_id, a.months_after",
        JdbcSupport::recorded,
        r -> out.computeIfAbsent(r.enrolment(), k -> new ArrayList<>()).add(r),
        params(organisation, service));
    return out;
  }

  /** One service's rows, or the organisation's: the clause and its parameters. */
  private static String serviceClause(Optional<ServiceId> service) {
    return service.isPresent() ? " AND e.service_id = ?" : "";
  }

  private static Object[] params(OrganisationId organisation, Optional<ServiceId> service) {
    return service.isPresent()
        ? new Object[] {organisation.value(), service.get().value()}
        : new Object[] {organisation.value()};
  }
}
