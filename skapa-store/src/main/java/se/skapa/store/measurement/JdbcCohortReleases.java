package se.skapa.store.measurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import se.skapa.app.measurement.CohortReleases;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.progression.CohortIndicator;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Respondent;
import se.skapa.store.sql.Sql;

/**
 * {@link CohortReleases} on the table {@code cohort_releases}: one row per release, its indicators
 * as parallel arrays. Doubles are stored as doubles, so a release reads back bit for bit.
 */
public final class JdbcCohortReleases implements CohortReleases {

  private static final String SCOPE =
      "org_id = ? AND service_id = ? AND instrument_id = ? AND respondent = ?";

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcCohortReleases(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<CohortReport> released(Scope scope, ReleaseCalendar.Period period) {
    return sql.one(
        "SELECT * FROM cohort_releases WHERE " + SCOPE + " AND period_from = ? AND period_to = ?",
        rs -> report(rs, scope.respondent()),
        scope.organisation().value(),
        scope.service().value(),
        scope.instrumentId(),
        scope.respondent().name(),
        period.from(),
        period.to());
  }

  @Override
  public List<ReleaseCalendar.Period> periods(Scope scope) {
    return sql.list(
        "SELECT period, period_from, period_to FROM cohort_releases WHERE "
            + SCOPE
            + " ORDER BY period_from",
        rs ->
            new ReleaseCalendar.Period(
                rs.getString("period"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class)),
        scope.organisation().value(),
        scope.service().value(),
        scope.instrumentId(),
        scope.respondent().name());
  }

  @Override
  public void release(Scope scope, ReleaseCalendar.Period period, Instant at, CohortReport report) {
    List<CohortIndicator> in = report.indicators();
    sql.update(
        "INSERT INTO cohort_releases (org_id, service_id, instrument_id, respondent, period,"
            + " period_from, period_to, released_at, participants, with_two, median_days,"
            + " share_overdue, as_of, indicator_keys, counts, mean_first, mean_latest, mean_change,"
            + " share_improved, share_unchanged, share_declined)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        scope.organisation().value(),
        scope.service().value(),
        scope.instrumentId(),
        scope.respondent().name(),
        period.name(),
        period.from(),
        period.to(),
        Sql.ts(at),
        report.participants(),
        report.participantsWithTwoOrMore(),
        report.medianDaysBetween().isPresent() ? report.medianDaysBetween().getAsDouble() : null,
        report.shareOverdue(),
        report.asOf(),
        sql.textArray(in.stream().map(CohortIndicator::key).toList()),
        sql.array("integer", in.stream().map(CohortIndicator::participants).toArray()),
        doubles(in.stream().map(CohortIndicator::meanFirst).toArray()),
        doubles(in.stream().map(CohortIndicator::meanLatest).toArray()),
        doubles(in.stream().map(CohortIndicator::meanChange).toArray()),
        doubles(in.stream().map(CohortIndicator::shareImproved).toArray()),
        doubles(in.stream().map(CohortIndicator::shareUnchanged).toArray()),
        doubles(in.stream().map(CohortIndicator::shareDeclined).toArray()));
  }

  private java.sql.Array doubles(Object[] values) {
    return sql.array("float8", values);
  }

  private static CohortReport report(ResultSet rs, Respondent respondent) throws SQLException {
    Object[] keys = Sql.elements(rs, "indicator_keys");
    Object[] counts = Sql.elements(rs, "counts");
    Object[] first = Sql.elements(rs, "mean_first");
    Object[] latest = Sql.elements(rs, "mean_latest");
    Object[] change = Sql.elements(rs, "mean_change");
    Object[] improved = Sql.elements(rs, "share_improved");
    Object[] unchanged = Sql.elements(rs, "share_unchanged");
    Object[] declined = Sql.elements(rs, "share_declined");
    List<CohortIndicator> indicators = new ArrayList<>(keys.length);
    for (int i = 0; i < keys.length; i++) {
      indicators.add(
          new CohortIndicator(
              (String) keys[i],
              (Integer) counts[i],
              (Double) first[i],
              (Double) latest[i],
              (Double) change[i],
              (Double) improved[i],
              (Double) unchanged[i],
              (Double) declined[i]));
    }
    double median = rs.getDouble("median_days");
    boolean noMedian = rs.wasNull();
    return new CohortReport(
        respondent,
        rs.getInt("participants"),
        rs.getInt("with_two"),
        indicators,
        noMedian ? OptionalDouble.empty() : OptionalDouble.of(median),
        rs.getDouble("share_overdue"),
        rs.getObject("as_of", LocalDate.class));
  }
}
