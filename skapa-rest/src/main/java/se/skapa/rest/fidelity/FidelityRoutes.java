package se.skapa.rest.fidelity;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.chart.FidelityChart;
import se.skapa.core.chart.FidelityCompareChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.fidelity.FidelityScale;
import se.skapa.core.fidelity.FidelityScales;
import se.skapa.core.fidelity.FidelityScorer;
import se.skapa.core.fidelity.IpsAnchors;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.NumericAnchor;
import se.skapa.core.fidelity.Review;
import se.skapa.core.fidelity.ReviewComparison;
import se.skapa.core.fidelity.ReviewResult;
import se.skapa.core.fidelity.ReviewStep;
import se.skapa.rest.http.ApiException;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Query;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/** IPS fidelity over HTTP. */
public final class FidelityRoutes {

  private final Clock clock;
  private final RequestBodies bodies;

  public FidelityRoutes(Clock clock, RequestBodies bodies) {
    this.clock = clock;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get("/api/v1/fidelity/scales/{id}", Access.CALLER, this::scale);
    r.post("/api/v1/fidelity/{id}/score", Access.CALLER, this::score);
    r.post("/api/v1/fidelity/{id}/chart", Access.CALLER, this::chart);
    r.post("/api/v1/fidelity/{id}/compare/chart", Access.CALLER, this::compareChart);
    r.post("/api/v1/fidelity/{id}/compare", Access.CALLER, this::compare);
    r.post("/api/v1/fidelity/{id}/anchors", Access.CALLER, this::anchors);
  }

  public void scale(Context ctx) {
    FidelityScale scale = scale(ctx.pathParam("id"));
    Language lang = Lang.of(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", scale.id());
    out.put("version", scale.version());
    out.put("name", scale.names().in(lang));
    out.put("itemMin", scale.itemMin());
    out.put("itemMax", scale.itemMax());
    out.put("minimumTotal", scale.minimumTotal());
    out.put("maximumTotal", scale.maximumTotal());
    out.put(
        "sections",
        scale.sections().stream()
            .map(
                s ->
                    Map.of(
                        "code",
                        s.code(),
                        "name",
                        s.name().in(lang),
                        "items",
                        scale.itemsIn(s.code()).stream().map(i -> i.number()).toList()))
            .toList());
    out.put(
        "items",
        scale.items().stream()
            .map(
                i ->
                    Map.of(
                        "number",
                        i.number(),
                        "section",
                        i.section(),
                        "name",
                        i.name().in(lang),
                        "names",
                        i.name()))
            .toList());
    out.put(
        "bands",
        scale.bands().stream()
            .map(
                b ->
                    Map.of(
                        "code",
                        b.code(),
                        "min",
                        b.min(),
                        "max",
                        b.max(),
                        "label",
                        b.label().in(lang)))
            .toList());
    bodies.json(ctx, out);
  }

  public void score(Context ctx) {
    FidelityScale scale = scale(ctx.pathParam("id"));
    ReviewDto dto = bodies.read(ctx, ReviewDto.class);
    ReviewResult result = scorer(ctx).score(scale, review(dto), dto.reviewStatus());
    bodies.json(ctx, ReviewResponse.of(result, Lang.of(ctx)));
  }

  public void chart(Context ctx) {
    FidelityScale scale = scale(ctx.pathParam("id"));
    ReviewDto dto = bodies.read(ctx, ReviewDto.class);
    ReviewResult result = scorer(ctx).score(scale, review(dto), dto.reviewStatus());
    ctx.contentType("image/svg+xml; charset=utf-8")
        .result(FidelityChart.render(scale, result, Lang.of(ctx)));
  }

  public void compareChart(Context ctx) {
    FidelityScale scale = scale(ctx.pathParam("id"));
    ReviewComparison c = comparison(ctx, scale, bodies.read(ctx, CompareRequest.class));
    ctx.contentType("image/svg+xml; charset=utf-8")
        .result(FidelityCompareChart.render(scale, c, Lang.of(ctx)));
  }

  public void compare(Context ctx) {
    FidelityScale scale = scale(ctx.pathParam("id"));
    ReviewComparison c = comparison(ctx, scale, bodies.read(ctx, CompareRequest.class));
    Language lang = Lang.of(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service", c.reviews().get(0).service());
    out.put("reviews", c.reviews().stream().map(r -> ReviewResponse.of(r, lang)).toList());
    out.put("steps", c.steps().stream().map(s -> step(s, lang)).toList());
    out.put("overall", step(c.overall(), lang));
    bodies.json(ctx, out);
  }

  /**
   * The scorer of this request: its future-date rule as of {@code ?asOf=} when given, else today.
   */
  private FidelityScorer scorer(Context ctx) {
    return FidelityScorer.withClock(Query.asOf(ctx, clock));
  }

  private ReviewComparison comparison(Context ctx, FidelityScale scale, CompareRequest req) {
    Violations v = new Violations();
    List<Review> reviews = new ArrayList<>();
    for (int i = 0; i < req.reviews().size(); i++) {
      int index = i;
      Review r = v.attempt(Pointer.at("/reviews", i), () -> review(req.reviews().get(index)));
      if (r != null) {
        reviews.add(r);
      }
    }
    v.throwIfAny();
    return ReviewComparison.of(scorer(ctx), scale, reviews);
  }

  /** Item scores from raw facts, for the items whose public anchors are numbers (items 1 and 2). */
  public void anchors(Context ctx) {
    FidelityScale scale = scale(ctx.pathParam("id"));
    AnchorsRequest req = bodies.read(ctx, AnchorsRequest.class);
    Language lang = Lang.of(ctx);
    List<Map<String, Object>> items = new ArrayList<>();
    if (req.activeClients() != null || req.employmentSpecialistFte() != null) {
      Violations v = new Violations();
      v.check(
          req.activeClients() != null,
          "/activeClients",
          "required",
          "activeClients is required with employmentSpecialistFte");
      v.check(
          req.employmentSpecialistFte() != null,
          "/employmentSpecialistFte",
          "required",
          "employmentSpecialistFte is required with activeClients");
      v.throwIfAny();
      BigDecimal caseload = IpsAnchors.caseload(req.activeClients(), req.employmentSpecialistFte());
      items.add(
          anchor(scale, IpsAnchors.CASELOAD, caseload, IpsAnchors.CASELOAD.score(caseload), lang));
    }
    if (req.employmentServicesTimePercent() != null) {
      int score = IpsAnchors.employmentServicesTimeScore(req.employmentServicesTimePercent());
      items.add(
          anchor(
              scale,
              IpsAnchors.EMPLOYMENT_SERVICES_TIME,
              req.employmentServicesTimePercent(),
              score,
              lang));
    }
    if (items.isEmpty()) {
      throw ValidationException.of(
          "",
          "required",
          "give activeClients and employmentSpecialistFte (item 1) and/or employmentServicesTimePercent (item 2)");
    }
    bodies.json(ctx, Map.of("items", items));
  }

  private static Map<String, Object> anchor(
      FidelityScale scale, NumericAnchor anchor, BigDecimal value, int score, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", anchor.item());
    m.put("name", scale.item(anchor.item()).orElseThrow().name().in(lang));
    m.put("fact", anchor.fact().in(lang));
    m.put("value", value.stripTrailingZeros());
    m.put("score", score);
    return m;
  }

  private static FidelityScale scale(String id) {
    return FidelityScales.find(id)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "no fidelity scale '" + id + "'; SKAPA ships " + FidelityScales.IPS_25));
  }

  private static Review review(ReviewDto dto) {
    Violations v = new Violations();
    Pseudonym service = Keys.key(v, "/service", dto.service());
    List<Pseudonym> reviewers = new ArrayList<>();
    List<String> raw = Optional.ofNullable(dto.reviewers()).orElse(List.of());
    for (int i = 0; i < raw.size(); i++) {
      Pseudonym p = Keys.key(v, Pointer.at("/reviewers", i), raw.get(i));
      if (p != null) {
        reviewers.add(p);
      }
    }
    v.throwIfAny();
    List<ItemScore> items =
        dto.items().stream()
            .map(i -> new ItemScore(i.number(), i.score(), Optional.ofNullable(i.note())))
            .toList();
    return new Review(Violations.built(service), dto.date(), reviewers, items);
  }

  private static Map<String, Object> step(ReviewStep s, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", s.from());
    m.put("to", s.to());
    m.put("totalChange", s.totalChange());
    m.put("bandFrom", s.bandFrom().map(b -> b.code()).orElse(null));
    m.put("bandTo", s.bandTo().map(b -> b.code()).orElse(null));
    m.put("bandChanged", s.bandChanged());
    m.put("items", s.items());
    m.put("sections", s.sections());
    m.put("fell", s.fell());
    m.put("rose", s.rose());
    return m;
  }
}
