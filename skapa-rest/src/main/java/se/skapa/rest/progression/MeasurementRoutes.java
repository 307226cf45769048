package se.skapa.rest.progression;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.measurement.Caseloads;
import se.skapa.app.measurement.Change;
import se.skapa.app.measurement.FollowUp;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.app.measurement.Measurements;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Dates;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.FollowUpStatus;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.ValidMeasurement;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.http.Scores;
import se.skapa.rest.http.StoredRequests;
import se.skapa.rest.responses.ProgressionViews;

/**
 * Measurements over time over HTTP: record, read, correct, history, a participant's progression, a
 * service's cohort, follow-ups.
 */
public final class MeasurementRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final Measurements measurements;
  private final Progression progression;
  private final InstrumentCatalog catalog;
  private final RequestBodies bodies;
  private final Clock clock;

  public MeasurementRoutes(
      Measurements measurements,
      Progression progression,
      InstrumentCatalog catalog,
      RequestBodies bodies,
      Clock clock,
      Caseloads caseloads,
      Handler afterClosing) {
    this.caseloads = caseloads;
    this.measurements = measurements;
    this.progression = progression;
    this.catalog = catalog;
    this.bodies = bodies;
    this.clock = clock;
    this.afterClosing = afterClosing;
  }

  private final Caseloads caseloads;

  /** {@code GET …/follow-ups?kind=after-closing}: the register's follow-ups after closing. */
  private final Handler afterClosing;

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post(ORG + "/measurements", Access.MEMBER, this::recordMeasurement);
    r.get(ORG + "/measurements/{id}", Access.MEMBER, this::measurement);
    r.put(ORG + "/measurements/{id}", Access.MEMBER, this::correctMeasurement);
    r.get(ORG + "/measurements/{id}/history", Access.MEMBER, this::history);
    r.get(
        ORG + "/participants/{participant}/progression",
        Access.MEMBER,
        this::participantProgression);
    r.get(ORG + "/services/{service}/cohort", Access.MEMBER, this::cohort);
    r.get(ORG + "/follow-ups", Access.MEMBER, this::followUps);
  }

  public void recordMeasurement(Context ctx) {
    StoredRequests.MeasurementBody body = bodies.read(ctx, StoredRequests.MeasurementBody.class);
    Optional<String> idempotencyKey =
        Optional.ofNullable(ctx.header("Idempotency-Key"))
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    idempotencyKey.ifPresent(Params::checkIdempotencyKey);
    ServiceId service = serviceOf(body);
    Measurements.Recorded r =
        measurements.record(
            actor(ctx),
            org(ctx),
            service,
            measurement(body),
            idempotencyKey,
            RequestBodies.fingerprint(ctx));
    ctx.header("Location", BASE + org(ctx) + "/measurements/" + r.measurement().id());
    ctx.header("ETag", etag(r.measurement().version()));
    if (r.replayed()) {
      ctx.header("Idempotent-Replayed", "true");
    }
    created(bodies, ctx, MeasurementResponses.View.of(r.measurement()));
  }

  public void measurement(Context ctx) {
    StoredMeasurement m =
        measurements.get(actor(ctx), org(ctx), MeasurementId.parse(ctx.pathParam("id")));
    ctx.header("ETag", etag(m.version()));
    bodies.json(ctx, MeasurementResponses.View.of(m));
  }

  public void correctMeasurement(Context ctx) {
    MeasurementId id = MeasurementId.parse(ctx.pathParam("id"));
    StoredRequests.MeasurementBody body = bodies.read(ctx, StoredRequests.MeasurementBody.class);
    String ifMatch = ctx.header("If-Match");
    if (ifMatch == null || ifMatch.isBlank()) {
      throw StoredModeException.preconditionRequired(
          "send If-Match with the ETag of the version you correct, e.g. If-Match: \"1\": "
              + "without it two handledare could overwrite each other");
    }
    int expected = version(ifMatch);
    StoredMeasurement m =
        measurements.correct(
            actor(ctx), org(ctx), id, expected, serviceOf(body), measurement(body));
    ctx.header("ETag", etag(m.version()));
    bodies.json(ctx, MeasurementResponses.View.of(m));
  }

  public void history(Context ctx) {
    List<StoredMeasurement> versions =
        measurements.history(actor(ctx), org(ctx), MeasurementId.parse(ctx.pathParam("id")));
    List<MeasurementResponses.View> out = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      out.add(
          MeasurementResponses.View.of(
              versions.get(i),
              i == 0
                  ? List.of()
                  : Change.between(versions.get(i - 1), versions.get(i)).stream()
                      .map(MeasurementResponses.ChangeView::of)
                      .toList()));
    }
    bodies.json(ctx, new MeasurementResponses.History(versions.get(0).id().toString(), out));
  }

  public void participantProgression(Context ctx) {
    Pseudonym participant = participant(ctx);
    Progression.Series s =
        progression.participant(
            actor(ctx), org(ctx), participant, instrumentParam(ctx), date(ctx, "asOf"));
    bodies.json(ctx, ProgressionViews.analysis(s.progression(), s.instrument(), Lang.of(ctx)));
  }

  public void cohort(Context ctx) {
    ServiceId service = serviceParam(ctx);
    String instrumentId = instrumentParam(ctx);
    Respondent respondent = respondentParam(ctx);
    LocalDate from = date(ctx, "from").orElse(Dates.EARLIEST);
    var report =
        progression.cohort(
            actor(ctx),
            org(ctx),
            service,
            instrumentId,
            respondent,
            from,
            date(ctx, "to"),
            date(ctx, "asOf"));
    Instrument instrument = catalog.find(instrumentId).orElseThrow();
    bodies.json(
        ctx,
        ProgressionViews.cohort(
            report, instrument, progression.smallNumbers(org(ctx)), Lang.of(ctx)));
  }

  public void followUps(Context ctx) throws Exception {
    String kind = Optional.ofNullable(ctx.queryParam("kind")).orElse("measurement");
    if (kind.equals("after-closing")) {
      afterClosing.handle(ctx);
      return;
    }
    if (!kind.equals("measurement")) {
      throw ValidationException.of(
          "/kind", "format", "kind is measurement (the default) or after-closing, got " + kind);
    }
    Optional<LocalDate> asOf = date(ctx, "asOf");
    Violations v = new Violations();
    Optional<Pseudonym> handledare =
        Optional.ofNullable(ctx.queryParam("handledare")).map(h -> Keys.key(v, "/handledare", h));
    Optional<ServiceId> service =
        Optional.ofNullable(ctx.queryParam("service"))
            .map(s -> v.attempt("/service", () -> ServiceId.of(s)));
    Period within =
        Optional.ofNullable(ctx.queryParam("within"))
            .map(w -> days(v, w))
            .orElse(FollowUpStatus.DEFAULT_DUE_WINDOW);
    v.throwIfAny();
    List<FollowUp> due =
        caseloads.followUps(
            actor(ctx), org(ctx), instrumentParam(ctx), asOf, handledare, service, within);
    bodies.json(
        ctx,
        new MeasurementResponses.FollowUps(
            asOf.orElse(LocalDate.now(clock)),
            within.getDays(),
            due.stream().map(MeasurementResponses.FollowUpView::of).toList()));
  }

  private Measurement measurement(StoredRequests.MeasurementBody body) {
    Violations v = new Violations();
    Pseudonym participant = Keys.key(v, "/participant", body.participant());
    @Nullable Pseudonym handledare =
        body.handledare() == null ? null : Keys.key(v, "/handledare", body.handledare());
    Instrument instrument =
        v.attempt(
            "",
            () ->
                catalog.require(body.instrument(), Optional.ofNullable(body.instrumentVersion())));
    v.throwIfAny();
    instrument = Violations.built(instrument);
    Map<String, Answer> answers = Scores.answers(v, "", body.scores());
    Measurement m =
        new Measurement(
            Violations.built(participant),
            body.date(),
            instrument.id(),
            instrument.version(),
            body.respondent(),
            Optional.ofNullable(handledare),
            answers,
            Optional.ofNullable(body.comment()));
    if (!v.isEmpty()) {
      // Every rule at once: the scales' and dates' rules beside the scores that are not whole.
      try {
        ValidMeasurement.check(instrument, m, LocalDate.now(clock));
      } catch (ValidationException e) {
        e.violations().forEach(x -> v.add(x.pointer(), x.rule(), x.message()));
      }
      v.throwIfAny();
    }
    return m;
  }

  private static ServiceId serviceOf(StoredRequests.MeasurementBody body) {
    try {
      return ServiceId.of(body.service());
    } catch (ValidationException e) {
      throw e.under("/service");
    }
  }
}
