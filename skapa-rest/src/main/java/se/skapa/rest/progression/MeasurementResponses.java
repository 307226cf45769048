package se.skapa.rest.progression;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import se.skapa.app.measurement.Change;
import se.skapa.app.measurement.FollowUp;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;

/**
 * What the measurement routes answer, as typed records: the contract's schemas, field for field.
 */
final class MeasurementResponses {

  private MeasurementResponses() {}

  /** The instrument a measurement was taken with. */
  record InstrumentRef(String id, int version) {}

  /**
   * A stored measurement's current version (or one of its history, then with the changes from the
   * version before).
   */
  record View(
      String id,
      String organisation,
      String service,
      String participant,
      InstrumentRef instrument,
      Respondent respondent,
      LocalDate date,
      @Nullable String handledare,
      Map<String, @Nullable Integer> scores,
      @Nullable String comment,
      int version,
      String recordedBy,
      Instant recordedAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<ChangeView> changes) {

    static View of(StoredMeasurement s) {
      return of(s, null);
    }

    static View of(StoredMeasurement s, @Nullable List<ChangeView> changes) {
      Measurement m = s.measurement();
      Map<String, @Nullable Integer> scores = new TreeMap<>();
      m.answers().forEach((k, a) -> scores.put(k, a.isAnswered() ? a.scoreOrThrow() : null));
      return new View(
          s.id().toString(),
          s.provenance().organisation().value(),
          s.service().value(),
          m.participant().value(),
          new InstrumentRef(m.instrumentId(), m.instrumentVersion()),
          m.respondent(),
          m.date(),
          m.handledare().map(Pseudonym::value).orElse(null),
          scores,
          m.comment().orElse(null),
          s.version(),
          s.provenance().recordedBy().value(),
          s.provenance().recordedAt(),
          changes);
    }
  }

  /** One field a correction changed. */
  record ChangeView(String field, @Nullable String from, @Nullable String to) {
    static ChangeView of(Change c) {
      return new ChangeView(c.field(), c.from().orElse(null), c.to().orElse(null));
    }
  }

  /** Every version of a measurement, oldest first. */
  record History(String id, List<View> versions) {}

  /** A participant due for follow-up. */
  record FollowUpView(
      String participant,
      String service,
      @Nullable String handledare,
      LocalDate latest,
      LocalDate nextDue,
      boolean overdue,
      long daysOverdue) {
    static FollowUpView of(FollowUp f) {
      return new FollowUpView(
          f.participant().value(),
          f.service().value(),
          f.handledare().map(Pseudonym::value).orElse(null),
          f.status().latest(),
          f.status().nextDue(),
          f.status().overdue(),
          f.status().daysOverdue());
    }
  }

  /** Who is due for follow-up, as of a day. */
  record FollowUps(LocalDate asOf, int withinDays, List<FollowUpView> followUps) {}
}
