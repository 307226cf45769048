package se.skapa.store.measurement;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.app.measurement.MeasurementStore;
import se.skapa.app.measurement.Provenance;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.app.port.StorageException;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.ValidMeasurement;
import se.skapa.store.sql.Sql;

/** {@link MeasurementStore} on the tables {@code measurements} and {@code measurement_versions}. */
public final class JdbcMeasurements implements MeasurementStore {

  private static final String MEASUREMENT_COLUMNS =
      "org_id, id, version, service_id, participant, instrument_id, instrument_version, "
          + "respondent, measured_on, handledare, indicators, scores, comment, recorded_by_key, recorded_by, recorded_at";
  private static final String MEASUREMENT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  /** Key use is recorded to the minute: a write per request would double the cost of every read. */
  private static final String TOUCH_INTERVAL = "1 minute";

  static final LocalDate Y2K = LocalDate.of(2000, 1, 1);

  @Override
  public Optional<MeasurementId> insertMeasurement(
      Provenance p, ServiceId service, ValidMeasurement valid) {
    // ON CONFLICT waits for a concurrent insert of the same identity and then sees it: a duplicate
    // is reported with the id that won, never stored twice. The first version goes in the same
    // statement: one round trip, not two.
    int inserted =
        sql.update(
            "WITH m AS (INSERT INTO measurements ("
                + MEASUREMENT_COLUMNS
                + ") VALUES ("
                + MEASUREMENT_VALUES
                + ") "
                + "ON CONFLICT (org_id, participant, instrument_id, respondent, measured_on) DO NOTHING RETURNING "
                + MEASUREMENT_COLUMNS
                + ") "
                + "INSERT INTO measurement_versions ("
                + MEASUREMENT_COLUMNS
                + ") SELECT "
                + MEASUREMENT_COLUMNS
                + " FROM m",
            measurementValues(p, service, valid));
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
          + MEASUREMENT_COLUMNS
          + ") SELECT org_id, id, version, service_id, participant, instrument_id, "
          + "instrument_version, respondent, measured_on, handledare, string_to_array(indicators, ','), "
          + "string_to_array(scores, ',', 'n')::integer[], comment, recorded_by_key, recorded_by, recorded_at FROM input "
          + "ON CONFLICT (org_id, participant, instrument_id, respondent, measured_on) DO NOTHING RETURNING "
          + MEASUREMENT_COLUMNS
          + "), "
          + "v AS (INSERT INTO measurement_versions ("
          + MEASUREMENT_COLUMNS
          + ") SELECT "
          + MEASUREMENT_COLUMNS
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
          Answers answers = Answers.of(n.measurement().measurement());
          Object[] values =
              measurementValues(
                  n.provenance(),
                  n.service(),
                  n.measurement(),
                  String.join(",", answers.keys()),
                  answers.scoresText());
          for (int col = 0; col < 16; col++) {
            columns[col][row] = values[col];
          }
        }
        for (int col = 0; col < 16; col++) {
          ps.setArray(
              col + 1, sql.connection().createArrayOf(INSERT_MANY_TYPES[col], columns[col]));
        }
        java.util.Set<UUID> stored = new java.util.HashSet<>();
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
    Object[] v = measurementValues(p, service, valid);
    // The version condition makes concurrent corrections of one version exclusive: the second
    // waits for the first's row lock, re-reads the row, and no longer matches. The new version
    // joins the history in the same statement.
    return sql.update(
            "WITH m AS (UPDATE measurements SET version = ?, service_id = ?, instrument_id = ?, instrument_version = ?, "
                + "respondent = ?, measured_on = ?, handledare = ?, indicators = ?, scores = ?, comment = ?, recorded_by_key = ?, "
                + "recorded_by = ?, recorded_at = ? WHERE org_id = ? AND id = ? AND version = ? RETURNING "
                + MEASUREMENT_COLUMNS
                + ") "
                + "INSERT INTO measurement_versions ("
                + MEASUREMENT_COLUMNS
                + ") SELECT "
                + MEASUREMENT_COLUMNS
                + " FROM m",
            v[2],
            v[3],
            v[5],
            v[6],
            v[7],
            v[8],
            v[9],
            v[10],
            v[11],
            v[12],
            v[13],
            v[14],
            v[15],
            v[0],
            v[1],
            p.version() - 1)
        == 1;
  }

  private Object[] measurementValues(Provenance p, ServiceId service, ValidMeasurement valid) {
    Answers a = Answers.of(valid.measurement());
    return measurementValues(
        p, service, valid, sql.textArray(a.keys()), sql.array("integer", a.scores()));
  }

  /** A measurement's row, its indicator keys and scores in the form the statement takes them. */
  private static Object[] measurementValues(
      Provenance p, ServiceId service, ValidMeasurement valid, Object indicators, Object scores) {
    Measurement m = valid.measurement();
    return new Object[] {
      p.organisation().value(),
      p.id().value(),
      p.version(),
      service.value(),
      m.participant().value(),
      m.instrumentId(),
      m.instrumentVersion(),
      m.respondent().name(),
      m.date(),
      m.handledare().map(Pseudonym::value).orElse(null),
      indicators,
      scores,
      m.comment().orElse(null),
      p.recordedByKey().value(),
      p.recordedBy().value(),
      ts(p.recordedAt())
    };
  }

  /**
   * A measurement's answers by indicator key in key order, as every row stores them; null for "not
   * answered".
   */
  private record Answers(List<String> keys, Integer[] scores) {
    static Answers of(Measurement m) {
      List<String> keys = new ArrayList<>(m.answers().keySet());
      keys.sort(null);
      Integer[] scores = new Integer[keys.size()];
      for (int i = 0; i < scores.length; i++) {
        Answer a = m.answers().get(keys.get(i));
        scores[i] = a.isAnswered() ? a.scoreOrThrow() : null;
      }
      return new Answers(keys, scores);
    }

    /**
     * The scores as one text for {@code string_to_array(…, ',', 'n')}: {@code n} is "not answered".
     */
    String scoresText() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < scores.length; i++) {
        b.append(i == 0 ? "" : ",").append(scores[i] == null ? "n" : scores[i].toString());
      }
      return b.toString();
    }
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
        "SELECT " + MEASUREMENT_COLUMNS + " FROM measurements WHERE org_id = ? AND id = ?",
        JdbcMeasurements::measurement,
        org.value(),
        id.value());
  }

  @Override
  public List<StoredMeasurement> history(OrganisationId org, MeasurementId id) {
    return sql.list(
        "SELECT "
            + MEASUREMENT_COLUMNS
            + " FROM measurement_versions WHERE org_id = ? AND id = ? ORDER BY version",
        JdbcMeasurements::measurement,
        org.value(),
        id.value());
  }

  @Override
  public List<StoredMeasurement> participantSeries(
      OrganisationId org, Pseudonym participant, String instrumentId, LocalDate asOf) {
    return sql.list(
        "SELECT "
            + MEASUREMENT_COLUMNS
            + " FROM measurements WHERE org_id = ? AND participant = ? AND instrument_id = ? "
            + "AND measured_on <= ? ORDER BY measured_on, respondent",
        JdbcMeasurements::measurement,
        org.value(),
        participant.value(),
        instrumentId,
        asOf);
  }

  @Override
  public List<Measurement> serviceMeasurements(
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to) {
    // A cohort reads tens of thousands of rows, so this query is lean: only what the analysis
    // needs;
    // dates as days since 2000-01-01 (an int, not a string to parse); the answers as the stored
    // line
    // of ASCII text (answers_text), read as bytes, each distinct indicator list and participant key
    // decoded once.
    // The one mapper that reads by position: it runs once per row of a cohort, and its four columns
    // are the
    // SELECT list right below.
    Map<String, Pseudonym> participants = new HashMap<>();
    IndicatorLists lists = new IndicatorLists();
    return sql.list(
        "SELECT participant, measured_on - DATE '2000-01-01', instrument_version, answers_text FROM measurements "
            + "WHERE org_id = ? AND service_id = ? AND instrument_id = ? AND respondent = ? AND measured_on BETWEEN ? AND ?",
        rs -> {
          byte[] scores = rs.getBytes(4);
          int semicolon = 0;
          while (scores[semicolon] != ';') {
            semicolon++;
          }
          String[] keys = lists.of(scores, semicolon);
          @SuppressWarnings("unchecked")
          Map.Entry<String, Answer>[] entries = new Map.Entry[keys.length];
          int at = semicolon + 1;
          for (int i = 0; i < keys.length; i++) {
            int end = at;
            while (end < scores.length && scores[end] != ',') {
              end++;
            }
            entries[i] =
                Map.entry(
                    keys[i],
                    end == at ? Answer.notAnswered() : Answer.score(asciiInt(scores, at, end)));
            at = end + 1;
          }
          // Immutable already: Measurement's defensive copy then costs nothing.
          return new Measurement(
              participants.computeIfAbsent(rs.getString(1), Pseudonym::of),
              Y2K.plusDays(rs.getInt(2)),
              instrumentId,
              rs.getInt(3),
              respondent,
              Optional.empty(),
              Map.ofEntries(entries),
              Optional.empty());
        },
        org.value(),
        service.value(),
        instrumentId,
        respondent.name(),
        from,
        to);
  }

  /**
   * Indicator lists (comma-separated ASCII), split once per distinct list: rows of one instrument
   * share a few.
   */
  private static final class IndicatorLists {
    private byte[] last = new byte[0];
    private int lastLength = -1;
    private String[] lastKeys = new String[0];
    private final Map<String, String[]> seen = new HashMap<>();

    /** The keys in {@code raw[0, length)}. */
    String[] of(byte[] raw, int length) {
      if (length != lastLength || !java.util.Arrays.equals(raw, 0, length, last, 0, length)) {
        String text = new String(raw, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
        lastKeys = seen.computeIfAbsent(text, t -> t.isEmpty() ? new String[0] : t.split(",", -1));
        last = raw;
        lastLength = length;
      }
      return lastKeys;
    }
  }

  /** A decimal integer (optionally negative) in ASCII bytes [from, to). */
  private static int asciiInt(byte[] b, int from, int to) {
    boolean negative = b[from] == '-';
    int v = 0;
    for (int i = negative ? from + 1 : from; i < to; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return negative ? -v : v;
  }

  @Override
  public List<StoredMeasurement> measurementsBetween(
      OrganisationId org, Optional<ServiceId> service, LocalDate from, LocalDate to) {
    String s = service.map(ServiceId::value).orElse(null);
    return sql.list(
        "SELECT "
            + MEASUREMENT_COLUMNS
            + " FROM measurements WHERE org_id = ? AND (CAST(? AS text) IS NULL OR service_id = ?) "
            + "AND measured_on BETWEEN ? AND ? ORDER BY measured_on, participant, respondent",
        JdbcMeasurements::measurement,
        org.value(),
        s,
        s,
        from,
        to);
  }

  @Override
  public List<StoredMeasurement> latestPerParticipant(
      OrganisationId org, String instrumentId, LocalDate asOf) {
    return sql.list(
        "SELECT DISTINCT ON (participant) "
            + MEASUREMENT_COLUMNS
            + " FROM measurements WHERE org_id = ? "
            + "AND instrument_id = ? AND measured_on <= ? ORDER BY participant, measured_on DESC, recorded_at DESC",
        JdbcMeasurements::measurement,
        org.value(),
        instrumentId,
        asOf);
  }

  private static StoredMeasurement measurement(ResultSet rs) throws SQLException {
    OrganisationId org = OrganisationId.of(rs.getString("org_id"));
    MeasurementId id = new MeasurementId(rs.getObject("id", UUID.class));
    Object[] keys = (Object[]) rs.getArray("indicators").getArray();
    Object[] scores = (Object[]) rs.getArray("scores").getArray();
    Map<String, Answer> answers = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      answers.put((String) keys[i], Answer.ofNullable((Integer) scores[i]));
    }
    String handledare = rs.getString("handledare");
    Measurement m =
        new Measurement(
            Pseudonym.of(rs.getString("participant")),
            rs.getObject("measured_on", LocalDate.class),
            rs.getString("instrument_id"),
            rs.getInt("instrument_version"),
            Respondent.valueOf(rs.getString("respondent")),
            Optional.ofNullable(handledare).map(Pseudonym::of),
            answers,
            Optional.ofNullable(rs.getString("comment")));
    Provenance p =
        new Provenance(
            id,
            org,
            rs.getInt("version"),
            new KeyId(rs.getObject("recorded_by_key", UUID.class)),
            Pseudonym.of(rs.getString("recorded_by")),
            at(rs, "recorded_at"));
    return new StoredMeasurement(p, ServiceId.of(rs.getString("service_id")), m);
  }

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcMeasurements(Sql sql) {
    this.sql = sql;
  }
}
