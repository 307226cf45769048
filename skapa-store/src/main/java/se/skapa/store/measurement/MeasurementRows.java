package se.skapa.store.measurement;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.app.measurement.Provenance;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.ValidMeasurement;

/** A measurement as a row of {@code measurements} and {@code measurement_versions}: both ways. */
final class MeasurementRows {

  /** Every column, in the order of {@link Values#inOrder()}. */
  static final String COLUMNS =
      "org_id, id, version, service_id, participant, instrument_id, instrument_version, "
          + "respondent, measured_on, handledare, indicators, scores, comment, recorded_by_key, recorded_by, recorded_at";

  /** One parameter per column. */
  static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  private MeasurementRows() {}

  /**
   * A measurement's column values by name; {@code indicators} and {@code scores} in whatever form
   * the statement takes them (arrays for one row, text for a batch).
   */
  record Values(
      String orgId,
      UUID id,
      int version,
      String serviceId,
      String participant,
      String instrumentId,
      int instrumentVersion,
      String respondent,
      LocalDate measuredOn,
      @Nullable String handledare,
      Object indicators,
      Object scores,
      @Nullable String comment,
      UUID recordedByKey,
      String recordedBy,
      OffsetDateTime recordedAt) {

    static Values of(
        Provenance p, ServiceId service, ValidMeasurement valid, Object indicators, Object scores) {
      Measurement m = valid.measurement();
      return new Values(
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
          ts(p.recordedAt()));
    }

    /** The values in the order of {@link #COLUMNS}. */
    Object[] inOrder() {
      return new Object[] {
        orgId,
        id,
        version,
        serviceId,
        participant,
        instrumentId,
        instrumentVersion,
        respondent,
        measuredOn,
        handledare,
        indicators,
        scores,
        comment,
        recordedByKey,
        recordedBy,
        recordedAt
      };
    }
  }

  /**
   * A measurement's answers by indicator key in key order, as every row stores them; null for "not
   * answered".
   */
  record Answers(List<String> keys, @Nullable Integer[] scores) {
    static Answers of(Measurement m) {
      List<String> keys = new ArrayList<>(m.answers().keySet());
      keys.sort(null);
      @Nullable Integer[] scores = new Integer[keys.size()];
      for (int i = 0; i < scores.length; i++) {
        Answer a = m.answers().get(keys.get(i));
        scores[i] = a != null && a.isAnswered() ? a.scoreOrThrow() : null;
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

  static StoredMeasurement map(ResultSet rs) throws SQLException {
    Object[] keys = (Object[]) rs.getArray("indicators").getArray();
    Object[] scores = (Object[]) rs.getArray("scores").getArray();
    Map<String, Answer> answers = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      answers.put((String) keys[i], Answer.ofNullable((Integer) scores[i]));
    }
    Measurement m =
        new Measurement(
            Pseudonym.of(rs.getString("participant")),
            rs.getObject("measured_on", LocalDate.class),
            rs.getString("instrument_id"),
            rs.getInt("instrument_version"),
            Respondent.valueOf(rs.getString("respondent")),
            Optional.ofNullable(rs.getString("handledare")).map(Pseudonym::of),
            answers,
            Optional.ofNullable(rs.getString("comment")));
    Provenance p =
        new Provenance(
            new MeasurementId(rs.getObject("id", UUID.class)),
            OrganisationId.of(rs.getString("org_id")),
            rs.getInt("version"),
            new KeyId(rs.getObject("recorded_by_key", UUID.class)),
            Pseudonym.of(rs.getString("recorded_by")),
            at(rs, "recorded_at"));
    return new StoredMeasurement(p, ServiceId.of(rs.getString("service_id")), m);
  }
}
