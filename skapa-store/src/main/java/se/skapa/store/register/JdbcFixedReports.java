package se.skapa.store.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.register.FixedReport;
import se.skapa.app.register.FixedReportStore;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.Metric;
import se.skapa.core.outcomes.OutcomeFigures;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.Target;
import se.skapa.store.sql.Sql;

/**
 * {@link FixedReportStore} on the table {@code fixed_reports}: one row per report, its outcomes and
 * targets as parallel arrays. Doubles are stored as doubles, so a report reads back bit for bit.
 */
public final class JdbcFixedReports implements FixedReportStore {

  private static final String SERVICE = "coalesce(service_id, '') = ?";

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcFixedReports(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<FixedReport> fixed(
      OrganisationId organisation, Optional<ServiceId> service, LocalDate from, LocalDate to) {
    return sql.one(
        "SELECT * FROM fixed_reports WHERE org_id = ? AND "
            + SERVICE
            + " AND period_from = ? AND period_to = ?",
        JdbcFixedReports::report,
        organisation.value(),
        service.map(ServiceId::value).orElse(""),
        from,
        to);
  }

  @Override
  public List<FixedReport> fixedReports(OrganisationId organisation, Optional<ServiceId> service) {
    return sql.list(
        "SELECT * FROM fixed_reports WHERE org_id = ? AND "
            + SERVICE
            + " ORDER BY period_from, period_to",
        JdbcFixedReports::report,
        organisation.value(),
        service.map(ServiceId::value).orElse(""));
  }

  @Override
  public Optional<FixedReport> fixedReport(OrganisationId organisation, UUID id) {
    return sql.one(
        "SELECT * FROM fixed_reports WHERE org_id = ? AND id = ?",
        JdbcFixedReports::report,
        organisation.value(),
        id);
  }

  @Override
  public void released(OrganisationId organisation, UUID id, Instant at) {
    sql.update(
        "UPDATE fixed_reports SET released_at = ? WHERE org_id = ? AND id = ?"
            + " AND released_at IS NULL",
        Sql.ts(at),
        organisation.value(),
        id);
  }

  @Override
  public boolean fix(FixedReport r) {
    OutcomeFigures f = r.figures();
    ReportTerms t = r.terms();
    List<OutcomeType> types = List.of(OutcomeType.values());
    return sql.update(
            "INSERT INTO fixed_reports (id, org_id, service_id, period_from, period_to,"
                + " closing_rule, contact_days, staff, fixed_at, fixed_by, active_at_end, admitted,"
                + " closed, denominator, outcome_types, outcome_counts, subsidised_counts,"
                + " mean_days, median_days, contacted, in_period, with_plan, worked_count,"
                + " worked_of, target_metrics, target_at_least, target_values, enrolments)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            r.id(),
            r.organisation().value(),
            r.service().map(ServiceId::value).orElse(null),
            t.from(),
            t.to(),
            t.closingRule().name(),
            t.contactDays(),
            t.staffFullTimeEquivalents(),
            Sql.ts(r.fixedAt()),
            r.fixedBy(),
            f.activeAtEnd(),
            f.admitted(),
            f.closed(),
            f.denominator(),
            sql.textArray(types.stream().map(OutcomeType::name).toList()),
            sql.array("integer", types.stream().map(f::reached).toArray()),
            sql.array("integer", types.stream().map(x -> f.subsidised().get(x)).toArray()),
            f.meanDaysClosed().isPresent() ? f.meanDaysClosed().getAsDouble() : null,
            f.medianDaysClosed().isPresent() ? f.medianDaysClosed().getAsDouble() : null,
            f.contacted(),
            f.inPeriod(),
            f.withPlan(),
            r.workedCount(),
            r.workedOf(),
            sql.textArray(r.targets().stream().map(x -> x.metric().name()).toList()),
            sql.array("boolean", r.targets().stream().map(Target::atLeast).toArray()),
            sql.array("float8", r.targets().stream().map(Target::value).toArray()),
            r.enrolments())
        == 1;
  }

  private static FixedReport report(ResultSet rs) throws SQLException {
    Object[] types = Sql.elements(rs, "outcome_types");
    Object[] counts = Sql.elements(rs, "outcome_counts");
    Object[] subsidised = Sql.elements(rs, "subsidised_counts");
    Map<OutcomeType, Integer> outcomes = new EnumMap<>(OutcomeType.class);
    Map<OutcomeType, Integer> withSubsidy = new EnumMap<>(OutcomeType.class);
    for (int i = 0; i < types.length; i++) {
      OutcomeType type = OutcomeType.valueOf((String) types[i]);
      outcomes.put(type, (Integer) counts[i]);
      withSubsidy.put(type, (Integer) subsidised[i]);
    }
    Object[] metrics = Sql.elements(rs, "target_metrics");
    Object[] atLeast = Sql.elements(rs, "target_at_least");
    Object[] values = Sql.elements(rs, "target_values");
    List<Target> targets = new ArrayList<>(metrics.length);
    for (int i = 0; i < metrics.length; i++) {
      targets.add(
          new Target(
              Metric.valueOf((String) metrics[i]), (Boolean) atLeast[i], (Double) values[i]));
    }
    String service = rs.getString("service_id");
    return new FixedReport(
        rs.getObject("id", UUID.class),
        OrganisationId.of(rs.getString("org_id")),
        Optional.ofNullable(service).map(ServiceId::of),
        new ReportTerms(
            rs.getObject("period_from", LocalDate.class),
            rs.getObject("period_to", LocalDate.class),
            rs.getBigDecimal("staff"),
            ClosingRule.valueOf(rs.getString("closing_rule")),
            rs.getInt("contact_days")),
        Sql.at(rs, "fixed_at"),
        rs.getString("fixed_by"),
        new OutcomeFigures(
            rs.getInt("active_at_end"),
            rs.getInt("admitted"),
            rs.getInt("closed"),
            rs.getInt("denominator"),
            outcomes,
            withSubsidy,
            optional(rs, "mean_days"),
            optional(rs, "median_days"),
            rs.getInt("contacted"),
            rs.getInt("in_period"),
            rs.getInt("with_plan")),
        rs.getInt("worked_count"),
        rs.getInt("worked_of"),
        targets,
        rs.getInt("enrolments"),
        Sql.instant(rs, "released_at"));
  }

  private static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(d);
  }
}
