package se.skapa.rest.fidelity;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.review.FidelityReviews;
import se.skapa.app.review.StoredReview;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.Violations;
import se.skapa.core.fidelity.ActionPlanItem;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.Review;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.http.StoredRequests;
import se.skapa.rest.http.SwedishCsv;

/**
 * Stored IPS fidelity reviews over HTTP: drafts, final reviews, corrections with a reason, history,
 * action plans.
 */
public final class ReviewRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final FidelityReviews reviews;
  private final RequestBodies bodies;

  public ReviewRoutes(FidelityReviews reviews, RequestBodies bodies) {
    this.reviews = reviews;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post(ORG + "/services/{service}/fidelity-reviews", Access.MEMBER, this::createReview);
    r.get(ORG + "/services/{service}/fidelity-reviews", Access.MEMBER, this::listReviews);
    r.get(ORG + "/services/{service}/fidelity-reviews/{id}", Access.MEMBER, this::getReview);
    r.put(ORG + "/services/{service}/fidelity-reviews/{id}", Access.MEMBER, this::updateReview);
    r.get(
        ORG + "/services/{service}/fidelity-reviews/{id}/history",
        Access.MEMBER,
        this::reviewHistory);
    r.get(
        ORG + "/services/{service}/fidelity-reviews/{id}/export.csv",
        Access.MEMBER,
        this::exportReview);
  }

  public void createReview(Context ctx) {
    ServiceId service = serviceParam(ctx);
    StoredRequests.ReviewBody body = bodies.read(ctx, StoredRequests.ReviewBody.class);
    ReviewParts parts = reviewParts(service, body);
    FidelityReviews.Scored s =
        reviews.create(actor(ctx), org(ctx), service, parts.review(), parts.status(), parts.plan());
    ctx.header(
        "Location",
        BASE + org(ctx) + "/services/" + service + "/fidelity-reviews/" + s.review().id());
    ctx.header("ETag", etag(s.review().version()));
    created(bodies, ctx, review(s, Lang.of(ctx)));
  }

  public void updateReview(Context ctx) {
    ServiceId service = serviceParam(ctx);
    UUID id = reviewId(ctx);
    StoredRequests.ReviewBody body = bodies.read(ctx, StoredRequests.ReviewBody.class);
    String ifMatch = ctx.header("If-Match");
    if (ifMatch == null || ifMatch.isBlank()) {
      throw StoredModeException.preconditionRequired(
          "send If-Match with the ETag of the version you change, e.g. If-Match: \"1\"");
    }
    ReviewParts parts = reviewParts(service, body);
    FidelityReviews.Scored s =
        reviews.update(
            actor(ctx),
            org(ctx),
            service,
            id,
            version(ifMatch),
            parts.review(),
            parts.status(),
            Optional.ofNullable(body.reason()),
            parts.plan());
    ctx.header("ETag", etag(s.review().version()));
    bodies.json(ctx, review(s, Lang.of(ctx)));
  }

  public void getReview(Context ctx) {
    FidelityReviews.Scored s = reviews.get(actor(ctx), org(ctx), serviceParam(ctx), reviewId(ctx));
    ctx.header("ETag", etag(s.review().version()));
    bodies.json(ctx, review(s, Lang.of(ctx)));
  }

  public void listReviews(Context ctx) {
    Language lang = Lang.of(ctx);
    bodies.json(
        ctx,
        Map.of(
            "reviews",
            reviews.list(actor(ctx), org(ctx), serviceParam(ctx)).stream()
                .map(s -> review(s, lang))
                .toList()));
  }

  /**
   * The review for Swedish Excel: one row per item (number, section, name, score, justification),
   * then the action plan (item, action, owner, due date).
   */
  public void exportReview(Context ctx) {
    FidelityReviews.Scored s = reviews.get(actor(ctx), org(ctx), serviceParam(ctx), reviewId(ctx));
    Language lang = Lang.of(ctx);
    boolean sv = lang == Language.SV;
    SwedishCsv csv = new SwedishCsv();
    csv.text(sv ? "Programtrohetsmätning" : "Fidelity review")
        .text(s.review().service().value())
        .text(s.review().review().date().toString())
        .text(
            s.review().status() == StoredReview.Status.FINAL
                ? (sv ? "slutlig" : "final")
                : (sv ? "utkast" : "draft"))
        .text(
            s.result().total().isPresent()
                ? s.result().total().getAsInt() + " / " + s.result().maximum()
                : "")
        .end();
    csv.text(sv ? "Punkt" : "Item")
        .text(sv ? "Del" : "Section")
        .text(sv ? "Namn" : "Name")
        .text(sv ? "Poäng" : "Score")
        .text(sv ? "Motivering" : "Justification")
        .end();
    // A person opens this in Excel: the section by its name, not its code.
    Map<String, String> sections = new java.util.HashMap<>();
    s.result().sections().forEach(x -> sections.put(x.code(), x.name().in(lang)));
    for (var i : s.result().items()) {
      csv.number(i.number())
          .text(sections.getOrDefault(i.section(), i.section()))
          .text(i.name().in(lang))
          .number(i.score())
          .text(i.note().orElse(null))
          .end();
    }
    csv.end();
    csv.text(sv ? "Handlingsplan" : "Action plan").end();
    csv.text(sv ? "Punkt" : "Item")
        .text(sv ? "Åtgärd" : "Action")
        .text(sv ? "Ansvarig" : "Owner")
        .text(sv ? "Klart senast" : "Due")
        .end();
    for (ActionPlanItem p : s.review().actionPlan()) {
      csv.number(p.item()).text(p.action()).text(p.owner().value()).text(p.due().toString()).end();
    }
    csv.send(
        ctx, "skapa-fidelity-" + s.review().service() + "-" + s.review().review().date() + ".csv");
  }

  public void reviewHistory(Context ctx) {
    Language lang = Lang.of(ctx);
    List<FidelityReviews.Version> versions =
        reviews.history(actor(ctx), org(ctx), serviceParam(ctx), reviewId(ctx));
    List<Map<String, Object>> out = new ArrayList<>();
    for (FidelityReviews.Version version : versions) {
      Map<String, Object> v = review(version.scored(), lang);
      v.put(
          "changes",
          version.changes().stream()
              .map(
                  c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("item", c.item());
                    m.put("from", c.from().isPresent() ? c.from().getAsInt() : null);
                    m.put("to", c.to().isPresent() ? c.to().getAsInt() : null);
                    return m;
                  })
              .toList());
      out.add(v);
    }
    bodies.json(
        ctx, Map.of("id", versions.get(0).scored().review().id().toString(), "versions", out));
  }

  private record ReviewParts(
      Review review, StoredReview.Status status, List<ActionPlanItem> plan) {}

  private static ReviewParts reviewParts(ServiceId service, StoredRequests.ReviewBody body) {
    Violations v = new Violations();
    List<Pseudonym> reviewers = new ArrayList<>();
    List<String> given = body.reviewers() == null ? List.of() : body.reviewers();
    for (int i = 0; i < given.size(); i++) {
      Optional.ofNullable(Keys.key(v, Pointer.at("/reviewers", i), given.get(i)))
          .ifPresent(reviewers::add);
    }
    List<ItemScore> items =
        body.items().stream()
            .map(i -> new ItemScore(i.number(), i.score(), Optional.ofNullable(i.note())))
            .toList();
    StoredReview.Status status = StoredReview.Status.DRAFT;
    if (body.status() != null) {
      try {
        status = StoredReview.Status.valueOf(body.status().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add("/status", "type", "status must be draft or final");
      }
    }
    List<ActionPlanItem> plan = new ArrayList<>();
    List<StoredRequests.PlanBody> lines = body.actionPlan() == null ? List.of() : body.actionPlan();
    for (int i = 0; i < lines.size(); i++) {
      StoredRequests.PlanBody p = lines.get(i);
      String at = Pointer.at("/actionPlan", i);
      Pseudonym owner = Keys.key(v, at + "/owner", p.owner());
      if (owner != null) {
        Optional.ofNullable(
                v.attempt(at, () -> new ActionPlanItem(p.item(), p.action(), owner, p.due())))
            .ifPresent(plan::add);
      }
    }
    v.throwIfAny();
    return new ReviewParts(
        new Review(Pseudonym.of(service.value()), body.date(), reviewers, items), status, plan);
  }

  private static Map<String, Object> review(FidelityReviews.Scored s, Language lang) {
    StoredReview r = s.review();
    var result = s.result();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id().toString());
    out.put("service", r.service().value());
    out.put("date", r.review().date());
    out.put("reviewers", r.review().reviewers().stream().map(Pseudonym::value).toList());
    out.put("status", r.status().name());
    out.put("reason", r.reason().orElse(null));
    out.put(
        "items",
        r.review().items().stream()
            .sorted(Comparator.comparingInt(ItemScore::number))
            .map(
                i -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("number", i.number());
                  m.put("score", i.score());
                  m.put("note", i.note().orElse(null));
                  return m;
                })
            .toList());
    out.put("complete", result.complete());
    out.put("missingItems", result.missingItems());
    out.put("total", result.total().isPresent() ? result.total().getAsInt() : null);
    out.put("band", result.band().map(b -> b.label().in(lang)).orElse(null));
    out.put("developmentAreas", result.developmentAreas().stream().map(i -> i.number()).toList());
    out.put(
        "actionPlan",
        r.actionPlan().stream()
            .map(
                p ->
                    Map.of(
                        "item",
                        p.item(),
                        "action",
                        p.action(),
                        "owner",
                        p.owner().value(),
                        "due",
                        p.due()))
            .toList());
    out.put("version", r.version());
    out.put("recordedBy", r.recordedBy().value());
    out.put("recordedAt", r.recordedAt());
    return out;
  }
}
