package se.skapa.store.measurement;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.store.sql.Sql;

/**
 * The cohort's hot path: a service's measurements of one instrument and respondent, tens of
 * thousands of rows, read lean (measured in bench/README.md, stored cohort).
 */
final class CohortRows {

  private static final LocalDate Y2K = LocalDate.of(2000, 1, 1);

  // A cohort reads tens of thousands of rows, so this query is lean: only what the analysis needs;
  // dates as days since 2000-01-01 (an int, not a string to parse); the answers as the stored line
  // of ASCII text (answers_text), read as bytes, each distinct indicator list and participant key
  // decoded once. The one mapper that reads by position: it runs once per row of a cohort, and its
  // four columns are this SELECT list.
  private static final String ROWS =
      "SELECT participant, measured_on - DATE '2000-01-01', instrument_version, answers_text"
          + " FROM measurements WHERE org_id = ? AND service_id = ? AND instrument_id = ?"
          + " AND respondent = ? AND measured_on BETWEEN ? AND ?";

  private CohortRows() {}

  static List<Measurement> read(
      Sql sql,
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to) {
    return sql.list(
        ROWS,
        new Rows(instrumentId, respondent)::read,
        org.value(),
        service.value(),
        instrumentId,
        respondent.name(),
        from,
        to);
  }

  /**
   * The same rows in participant order, handed over one participant's series at a time through a
   * cursor: memory holds one person's measurements, not the service's.
   */
  static long each(
      Sql sql,
      OrganisationId org,
      ServiceId service,
      String instrumentId,
      Respondent respondent,
      LocalDate from,
      LocalDate to,
      Consumer<List<Measurement>> series) {
    Rows rows = new Rows(instrumentId, respondent);
    List<Measurement> current = new ArrayList<>();
    long n =
        sql.each(
            ROWS + " ORDER BY participant",
            rows::read,
            m -> {
              if (!current.isEmpty() && !current.get(0).participant().equals(m.participant())) {
                series.accept(List.copyOf(current));
                current.clear();
                rows.forgetParticipants();
              }
              current.add(m);
            },
            org.value(),
            service.value(),
            instrumentId,
            respondent.name(),
            from,
            to);
    if (!current.isEmpty()) {
      series.accept(List.copyOf(current));
    }
    return n;
  }

  /** One cohort's rows, decoding what rows share (indicator lists, participant keys) once. */
  private static final class Rows {
    private final Map<String, Pseudonym> participants = new HashMap<>();
    private final IndicatorLists lists = new IndicatorLists();
    private final String instrumentId;
    private final Respondent respondent;

    Rows(String instrumentId, Respondent respondent) {
      this.instrumentId = instrumentId;
      this.respondent = respondent;
    }

    /** In participant order a key is never seen again once the next begins. */
    void forgetParticipants() {
      participants.clear();
    }

    Measurement read(ResultSet rs) throws SQLException {
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
    }
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
      if (length != lastLength || !Arrays.equals(raw, 0, length, last, 0, length)) {
        String text = new String(raw, 0, length, StandardCharsets.US_ASCII);
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
}
