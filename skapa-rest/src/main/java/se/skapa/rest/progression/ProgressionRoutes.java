package se.skapa.rest.progression;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.chart.SpiderChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.MeasurementRules;
import se.skapa.core.progression.ParticipantProgression;
import se.skapa.core.progression.ProgressionAnalyzer;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;
import se.skapa.rest.http.ApiException;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Query;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.http.Scores;
import se.skapa.rest.responses.ProgressionViews;

/** Instruments and progression over HTTP: translation only, every rule lives in skapa-core. */
public final class ProgressionRoutes {

  private final InstrumentCatalog catalog;
  private final Clock clock;
  private final RequestBodies bodies;

  public ProgressionRoutes(InstrumentCatalog catalog, Clock clock, RequestBodies bodies) {
    this.catalog = catalog;
    this.clock = clock;
    this.bodies = bodies;
  }

  /** The analyser of this request: as of {@code ?asOf=} when given, else today. */
  private ProgressionAnalyzer analyzer(Context ctx) {
    return ProgressionAnalyzer.of(Query.asOf(ctx, clock), ProgressionOptions.DEFAULT);
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get("/api/v1/instruments", Access.CALLER, this::instruments);
    r.get("/api/v1/instruments/{id}", Access.CALLER, this::instrument);
    r.post("/api/v1/progression/analyze", Access.CALLER, this::analyze);
    r.post("/api/v1/progression/chart", Access.CALLER, this::chart);
    r.post("/api/v1/progression/cohort/chart", Access.CALLER, this::cohortChart);
    r.post("/api/v1/progression/cohort", Access.CALLER, this::cohort);
  }

  public void instruments(Context ctx) {
    Language lang = Lang.of(ctx);
    bodies.json(
        ctx, Map.of("instruments", catalog.all().stream().map(i -> summary(i, lang)).toList()));
  }

  public void instrument(Context ctx) {
    String id = ctx.pathParam("id");
    Instrument instrument =
        catalog.find(id).orElseThrow(() -> ApiException.notFound("no instrument '" + id + "'"));
    Language lang = Lang.of(ctx);
    Map<String, Object> body = summary(instrument, lang);
    body.put("indicators", instrument.indicators().stream().map(i -> indicator(i, lang)).toList());
    body.put("sources", instrument.sources());
    instrument.note().ifPresent(n -> body.put("note", n.in(lang)));
    bodies.json(ctx, body);
  }

  public void analyze(Context ctx) {
    SeriesRequest req = bodies.read(ctx, SeriesRequest.class);
    Instrument instrument = instrument(req);
    ParticipantProgression p = analyzer(ctx).analyze(instrument, measurements(req, instrument));
    bodies.json(ctx, ProgressionViews.analysis(p, instrument, Lang.of(ctx)));
  }

  public void chart(Context ctx) {
    SeriesRequest req = bodies.read(ctx, SeriesRequest.class);
    Instrument instrument = instrument(req);
    List<Measurement> ms = measurements(req, instrument);
    // The chart draws only what analyze would accept.
    analyzer(ctx).checkSeries(instrument, ms);
    String svg = SpiderChart.render(instrument, respondent(req), ms, Lang.of(ctx));
    ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
  }

  public void cohort(Context ctx) {
    SeriesRequest req = bodies.read(ctx, SeriesRequest.class);
    Instrument instrument = instrument(req);
    CohortReport r =
        analyzer(ctx).cohort(instrument, respondent(req), measurements(req, instrument));
    bodies.json(ctx, ProgressionViews.cohort(r, instrument, Lang.of(ctx)));
  }

  public void cohortChart(Context ctx) {
    SeriesRequest req = bodies.read(ctx, SeriesRequest.class);
    Instrument instrument = instrument(req);
    CohortReport r =
        analyzer(ctx).cohort(instrument, respondent(req), measurements(req, instrument));
    ctx.contentType("image/svg+xml; charset=utf-8")
        .result(SpiderChart.renderCohort(instrument, r, "", Lang.of(ctx)));
  }

  /** Chart and cohort are of self-ratings unless the request names another respondent. */
  private static Respondent respondent(SeriesRequest req) {
    return Optional.ofNullable(req.respondent()).orElse(Respondent.PARTICIPANT);
  }

  private Instrument instrument(SeriesRequest req) {
    return catalog.require(req.instrument(), Optional.ofNullable(req.instrumentVersion()));
  }

  static List<Measurement> measurements(SeriesRequest req, Instrument instrument) {
    Violations v = new Violations();
    List<Measurement> out = new ArrayList<>(req.measurements().size());
    Map<String, Pseudonym> keys = new HashMap<>();
    for (int i = 0; i < req.measurements().size(); i++) {
      MeasurementDto dto = req.measurements().get(i);
      String at = Pointer.at("/measurements", i);
      Pseudonym participant =
          keys.containsKey(dto.participant())
              ? keys.get(dto.participant())
              : Keys.key(v, at + "/participant", dto.participant());
      if (participant != null) {
        keys.put(dto.participant(), participant);
      }
      Pseudonym handledare =
          dto.handledare() == null ? null : Keys.key(v, at + "/handledare", dto.handledare());
      Map<String, Answer> answers = Scores.answers(v, at, dto.scores());
      if (participant != null && (dto.handledare() == null || handledare != null)) {
        out.add(
            new Measurement(
                participant,
                dto.date(),
                instrument.id(),
                instrument.version(),
                dto.respondent(),
                Optional.ofNullable(handledare),
                answers,
                Optional.ofNullable(dto.comment())));
      }
    }
    if (!v.isEmpty() && out.size() == req.measurements().size()) {
      // Every rule at once: the scales' and dates' rules beside the scores that are not whole.
      try {
        MeasurementRules.withClock(Clock.systemUTC()).check(instrument, out);
      } catch (ValidationException e) {
        e.violations().forEach(x -> v.add(x.pointer(), x.rule(), x.message()));
      }
    }
    v.throwIfAny();
    return out;
  }

  private static Map<String, Object> summary(Instrument i, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("version", i.version());
    m.put("name", i.names().in(lang));
    m.put("names", i.names());
    return m;
  }

  private static Map<String, Object> indicator(Indicator i, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", i.key());
    m.put("label", i.labels().in(lang));
    m.put("labels", i.labels());
    Map<String, Object> scale = new LinkedHashMap<>();
    scale.put("min", i.scale().min());
    scale.put("max", i.scale().max());
    scale.put("anchors", i.scale().anchors().stream().map(a -> a.in(lang)).toList());
    m.put("scale", scale);
    m.put("ratedBy", i.ratedBy());
    m.put("bipGroup", i.bipGroup().orElse(null));
    m.put("question", i.question().map(q -> q.in(lang)).orElse(null));
    return m;
  }
}
