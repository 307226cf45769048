package se.skapa.store.measurement;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.app.measurement.MeasurementStore;
import se.skapa.app.measurement.Provenance;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.app.port.StorageException;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.ValidMeasurement;
import se.skapa.store.sql.Sql;

/** {@link MeasurementStore} on the tables {@code measurements} and {@code measurement_versions}. */
public final class JdbcMeasurements implements MeasurementStore {

  @Override
  public Optional<MeasurementId> insertMeasurement(
      Provenance p, ServiceId service, ValidMeasurement valid) {
    // ON CONFLICT waits for a concurrent insert of the same identity and then sees it: a duplicate
    // is reported with the id that won, never stored twice. The first version goes in the same
    // statement: one round trip, not two.
    int inserted =
        sql.update(
            "WITH m AS (INSERT INTO measurements ("
                + MeasurementRows.COLUMNS
                + ") VALUES ("
                + MeasurementRows.VALUES
                + ") "
                + "ON CONFLICT (org_id, participant, instrument_id, respondent, measured_on) DO NOTHING RETURNING "
                + MeasurementRows.COLUMNS
                + ") "
                + "INSERT INTO measurement_versions ("
                + MeasurementRows.COLUMNS
                + ") SELECT "
                + MeasurementRows.COLUMNS
                + " FROM m",
            values(p, service, valid).inOrder());
    if (inserted == 0) {
      Measurement m = valid.measurement();
      return sameMeasurement(
          p.organisation(),
          m.participant(),
          m.instrumentId(),
          m.respondent(),
          m.date(),
          Optional.empty());
    }
    return Optional.empty();
  }

  /**
   * Rows sent to the server in one batch: large enough that round trips vanish, small enough to
   * keep memory flat.
   */
  private static final int BATCH = 1000;

  /**
   * A thousand rows in one statement: each column travels as one array and {@code unnest} turns
   * them back into rows, so the database plans and executes once per batch where a JDBC batch
   * executes once per row. A measurement's own arrays (indicator keys, scores) ride as text: keys
   * are slugs (no comma) and {@code n} marks "not answered".
   */
  private static final String INSERT_MANY =
      "WITH input AS (SELECT * FROM unnest(?::text[], ?::uuid[], ?::int[], ?::text[], ?::text[], "
          + "?::text[], ?::int[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::timestamptz[]) "
          + "AS t(org_id, id, version, service_id, participant, instrument_id, instrument_version, respondent, measured_on, handledare, "
          + "indicators, scores, comment, recorded_by_key, recorded_by, recorded_at)), "
          + "m AS (INSERT INTO measurements ("
          + MeasurementRows.COLUMNS
          + ") SELECT org_id, id, version, service_id, participant, instrument_id, "
          + "instrument_version, respondent, measured_on, handledare, string_to_array(indicators, ','), "
          + "string_to_array(scores, ',', 'n')::integer[], comment, recorded_by_key, recorded_by, recorded_at FROM input "
          + "ON CONFLICT (org_id, participant, instrument_id, respondent, measured_on) DO NOTHING RETURNING "
          + MeasurementRows.COLUMNS
          + "), "
          + "v AS (INSERT INTO measurement_versions ("
          + MeasurementRows.COLUMNS
          + ") SELECT "
          + MeasurementRows.COLUMNS
          + " FROM m RETURNING id) "
          + "SELECT id FROM v";

  /** The element type of each of {@link #INSERT_MANY}'s arrays, in column order. */
  private static final String[] INSERT_MANY_TYPES = {
    "text",
    "uuid",
    "integer",
    "text",
    "text",
    "text",
    "integer",
    "text",
    "date",
    "text",
    "text",
    "text",
    "text",
    "uuid",
    "text",
    "timestamptz"
  };

  @Override
  public List<Optional<MeasurementId>> insertMeasurements(List<NewMeasurement> all) {
    List<Optional<MeasurementId>> out = new ArrayList<>(all.size());
    try (PreparedStatement ps = sql.connection().prepareStatement(INSERT_MANY)) {
      for (int from = 0; from < all.size(); from += BATCH) {
        List<NewMeasurement> batch = all.subList(from, Math.min(all.size(), from + BATCH));
        Object[][] columns = new Object[16][batch.size()];
        for (int row = 0; row < batch.size(); row++) {
          NewMeasurement n = batch.get(row);
          MeasurementRows.Answers answers =
              MeasurementRows.Answers.of(n.measurement().measurement());
          Object[] values =
              MeasurementRows.Values.of(
                      n.provenance(),
                      n.service(),
                      n.measurement(),
                      String.join(",", answers.keys()),
                      answers.scoresText())
                  .inOrder();
          for (int col = 0; col < 16; col++) {
            columns[col][row] = values[col];
          }
        }
        for (int col = 0; col < 16; col++) {
          ps.setArray(
              col + 1, sql.connection().createArrayOf(INSERT_MANY_TYPES[col], columns[col]));
        }
        Set<UUID> stored = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stored.add(rs.getObject("id", UUID.class));
          }
        }
        for (NewMeasurement n : batch) {
          if (stored.contains(n.provenance().id().value())) {
            out.add(Optional.empty());
          } else {
            Measurement m = n.measurement().measurement();
            out.add(
                sameMeasurement(
                    n.provenance().organisation(),
                    m.participant(),
                    m.instrumentId(),
                    m.respondent(),
                    m.date(),
                    Optional.empty()));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StorageException("statement failed: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean correctMeasurement(Provenance p, ServiceId service, ValidMeasurement valid) {
    MeasurementRows.Values v = values(p, service, valid);
    // The version condition makes concurrent corrections of one version exclusive: the second
    // waits for the first's row lock, re-reads the row, and no longer matches. The new version
    // joins the history in the same statement.
    return sql.update(
            "WITH m AS (UPDATE measurements SET version = ?, service_id = ?, instrument_id = ?, instrument_version = ?, "
                + "respondent = ?, measured_on = ?, handledare = ?, indicators = ?, scores = ?, comment = ?, recorded_by_key = ?, "
                + "recorded_by = ?, recorded_at = ? WHERE org_id = ? AND id = ? AND version = ? RETURNING "
                + MeasurementRows.COLUMNS
                + ") "
                + "INSERT INTO measurement_versions ("
                + MeasurementRows.COLUMNS
                + ") SELECT "
                + MeasurementRows.COLUMNS
                + " FROM m",
            v.version(),
            v.serviceId(),
            v.instrumentId(),
            v.instrumentVersion(),
            v.respondent(),
            v.measuredOn(),
            v.handledare(),
            v.indicators(),
            v.scores(),
            v.comment(),
            v.recordedByKey(),
            v.recordedBy(),
            v.recordedAt(),
            v.orgId(),
            v.id(),
            p.version() - 1)
        == 1;
  }

  @Override
  public Optional<MeasurementId> sameMeasurement(
      OrganisationId org,
      Pseudonym participant,
      String instrumentId,
      Respondent respondent,
      LocalDate date,
      Optional<MeasurementId> except) {
    return sql.one(
        "SELECT id FROM measurements WHERE org_id = ? AND participant = ? AND instrument_id = ? AND respondent = ? "
            + "AND measured_on = ? AND id IS DISTINCT FROM ?",
        rs -> new MeasurementId(rs.getObject("id", UUID.class)),
        org.value(),
        participant.value(),
        instrumentId,
        respondent.name(),
        date,
        except.map(MeasurementId::value).orElse(null));
  }

  @Override
  public Optional<StoredMeasurement> measurement(OrganisationId org, MeasurementId id) {
    return sql.one(
        "SELECT " + MeasurementRows.COLUMNS + " FROM measurements WHERE org_id = ? AND id = ?",
        MeasurementRows::map,
        org.value(),
        id.value());
  }

  @Override
  public List<StoredMeasurement> history(OrganisationId org, MeasurementId id) {
    return sql.list(
        "SELECT "
            + MeasurementRows.COLUMNS
            + " FROM measurement_versions WHERE org_id = ? AND id = ? ORDER BY version",
        MeasurementRows::map,
        org.value(),
        id.value());
  }

  @Override
  public List<StoredMeasurement> participantSeries(
      OrganisationId org, Pseudonym participant, String instrumentId, LocalDate asOf) {
    return sql.list(
        "SELECT "
            + MeasurementRows.COLUMNS
            + " FROM measurements WHERE org_id = ? AND participant = ? AND instrument_id = ? "
            + "AND measured_on <= ? ORDER BY measured_on, respondent",
        MeasurementRows::map,
        org.value(),
        participant.value(),
        instrumentId,
        asOf);
  }

  @Override
  public List<ParticipantInstrument> participantInstruments(
      OrganisationId org, Pseudonym participant) {
    return sql.list(
        "SELECT instrument_id, service_id, max(measured_on) AS latest FROM measurements"
            + " WHERE org_id = ? AND participant = ? GROUP BY instrument_id, service_id"
            + " ORDER BY latest DESC, instrument_id",
        rs ->
            new ParticipantInstrument(
                rs.getString("instrument_id"),
                ServiceId.of(rs.getString("service_id")),
                rs.getObject("latest", LocalDate.class)),
        org.value(),
        participant.value());
  }

  @Override
  public List<Measurement> serviceMeasurements(
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to) {
    return CohortRows.read(sql, org, service, instrumentId, respondent, from, to);
  }

  @Override
  public long eachServiceSeries(
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to,
      Consumer<List<Measurement>> each) {
    return CohortRows.each(sql, org, service, instrumentId, respondent, from, to, each);
  }

  @Override
  public long eachMeasurementBetween(
      OrganisationId org,
      Optional<ServiceId> service,
      LocalDate from,
      LocalDate to,
      Consumer<StoredMeasurement> each) {
    String s = service.map(ServiceId::value).orElse(null);
    return sql.each(
        "SELECT "
            + MeasurementRows.COLUMNS
            + " FROM measurements WHERE org_id = ? AND (CAST(? AS text) IS NULL OR service_id = ?) "
            + "AND measured_on BETWEEN ? AND ? ORDER BY measured_on, participant, respondent",
        MeasurementRows::map,
        each,
        org.value(),
        s,
        s,
        from,
        to);
  }

  @Override
  public List<InstrumentUse> instrumentsBetween(
      OrganisationId org, Optional<ServiceId> service, LocalDate from, LocalDate to) {
    String s = service.map(ServiceId::value).orElse(null);
    return sql.list(
        "SELECT instrument_id, instrument_version, count(*) AS n FROM measurements WHERE org_id = ? "
            + "AND (CAST(? AS text) IS NULL OR service_id = ?) AND measured_on BETWEEN ? AND ? "
            + "GROUP BY instrument_id, instrument_version ORDER BY instrument_id, instrument_version",
        rs ->
            new InstrumentUse(
                rs.getString("instrument_id"), rs.getInt("instrument_version"), rs.getLong("n")),
        org.value(),
        s,
        s,
        from,
        to);
  }

  @Override
  public List<StoredMeasurement> latestPerParticipant(
      OrganisationId org, String instrumentId, LocalDate asOf, Optional<Pseudonym> handledare) {
    if (handledare.isPresent()) {
      // Only the participants the handledare follows: named on any of their measurements, or
      // recorded one naming nobody (indexes measurements_handledare and
      // measurements_recorded_unnamed), then their
      // latest measurement, whoever took it: a handledare's list costs the same at any size.
      return sql.list(
          "SELECT latest.* FROM (SELECT participant FROM measurements"
              + " WHERE org_id = ? AND handledare = ?"
              + " UNION SELECT participant FROM measurements"
              + " WHERE org_id = ? AND recorded_by = ? AND handledare IS NULL) mine"
              + " CROSS JOIN LATERAL (SELECT "
              + MeasurementRows.COLUMNS
              + " FROM measurements m WHERE m.org_id = ? AND m.participant = mine.participant"
              + " AND m.instrument_id = ? AND m.measured_on <= ?"
              + " ORDER BY m.measured_on DESC, m.recorded_at DESC LIMIT 1) latest",
          MeasurementRows::map,
          org.value(),
          handledare.get().value(),
          org.value(),
          handledare.get().value(),
          org.value(),
          instrumentId,
          asOf);
    }
    return sql.list(
        "SELECT DISTINCT ON (participant) "
            + MeasurementRows.COLUMNS
            + " FROM measurements WHERE org_id = ? "
            + "AND instrument_id = ? AND measured_on <= ? ORDER BY participant, measured_on DESC, recorded_at DESC",
        MeasurementRows::map,
        org.value(),
        instrumentId,
        asOf);
  }

  private MeasurementRows.Values values(Provenance p, ServiceId service, ValidMeasurement valid) {
    MeasurementRows.Answers a = MeasurementRows.Answers.of(valid.measurement());
    return MeasurementRows.Values.of(
        p, service, valid, sql.textArray(a.keys()), sql.array("integer", a.scores()));
  }

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcMeasurements(Sql sql) {
    this.sql = sql;
  }
}
