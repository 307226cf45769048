package se.skapa.rest.survey;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.survey.ParticipantSurvey;
import se.skapa.app.survey.SurveyTargetSettings;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Violations;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.core.survey.SurveyQuestion;
import se.skapa.core.survey.SurveyReport;
import se.skapa.core.survey.Surveys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.http.StoredRequests;

/** The anonymous participant survey over HTTP. */
public final class SurveyRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final SurveyTargetSettings settings;
  private final ParticipantSurvey survey;
  private final RequestBodies bodies;

  public SurveyRoutes(
      ParticipantSurvey survey, SurveyTargetSettings settings, RequestBodies bodies) {
    this.survey = survey;
    this.settings = settings;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get(ORG + "/surveys/questions", Access.MEMBER, this::surveyQuestions);
    r.get(ORG + "/surveys/targets", Access.MEMBER, this::surveyTargets);
    r.put(ORG + "/surveys/targets", Access.MEMBER, this::setSurveyTargets);
    r.put(ORG + "/surveys/questions", Access.MEMBER, this::setSurveyQuestions);
    r.post(ORG + "/services/{service}/surveys", Access.MEMBER, this::surveyOffered);
    r.post(
        ORG + "/services/{service}/surveys/{period}/responses",
        Access.MEMBER,
        this::surveyResponses);
    r.put(
        ORG + "/services/{service}/surveys/{period}/responses",
        Access.MEMBER,
        this::correctSurveyResponses);
    r.get(ORG + "/services/{service}/surveys/{period}", Access.MEMBER, this::surveyReport);
  }

  public void surveyTargets(Context ctx) {
    targets(ctx, settings.targets(actor(ctx), org(ctx)));
  }

  public void setSurveyTargets(Context ctx) {
    StoredRequests.SurveyTargetsBody req = bodies.read(ctx, StoredRequests.SurveyTargetsBody.class);
    targets(
        ctx,
        settings.setTargets(
            actor(ctx),
            org(ctx),
            new se.skapa.core.survey.SurveyTargets(
                req.offered().doubleValue(),
                req.responseRate().doubleValue(),
                req.satisfied().doubleValue())));
  }

  private void targets(Context ctx, SurveyTargetSettings.Targets t) {
    Language lang = Lang.of(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("offered", t.targets().offered());
    out.put("responseRate", t.targets().responseRate());
    out.put("satisfied", t.targets().satisfied());
    out.put("own", t.own());
    out.put(
        "source",
        t.own()
            ? (lang == Language.SV ? "organisationens egna mål" : "the organisation's own targets")
            : (lang == Language.SV
                ? "standard: Södra Norrbottens samordningsförbunds mål 2026 (verksamhetsplanen)"
                : "default: Södra Norrbotten samordningsförbund's 2026 targets (its plan)"));
    bodies.json(ctx, out);
  }

  public void surveyQuestions(Context ctx) {
    questions(ctx, survey.questions(actor(ctx), org(ctx)));
  }

  public void setSurveyQuestions(Context ctx) {
    StoredRequests.OwnQuestions req = bodies.read(ctx, StoredRequests.OwnQuestions.class);
    Violations v = new Violations();
    List<SurveyQuestion> own = new ArrayList<>();
    for (int i = 0; i < req.questions().size(); i++) {
      StoredRequests.OwnQuestion q = req.questions().get(i);
      Optional.ofNullable(
              v.attempt(
                  Pointer.at("/questions", i),
                  () -> new SurveyQuestion(q.key(), LocalizedText.of(q.sv(), q.en()), false)))
          .ifPresent(own::add);
    }
    v.throwIfAny();
    questions(ctx, survey.setQuestions(actor(ctx), org(ctx), own));
  }

  private void questions(Context ctx, List<SurveyQuestion> questions) {
    Language lang = Lang.of(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "scale",
        Map.of(
            "min",
            Surveys.MIN,
            "max",
            Surveys.MAX,
            "label",
            Surveys.SCALE.in(lang),
            "satisfiedFrom",
            Surveys.SATISFIED_FROM));
    out.put(
        "questions",
        questions.stream()
            .map(
                q -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("key", q.key());
                  m.put("text", q.text().in(lang));
                  m.put("overall", q.overall());
                  // SKAPA's questions are its own, not a validated instrument; the organisation's
                  // are labelled as such.
                  boolean skapa = Surveys.SKAPA_QUESTIONS.contains(q);
                  m.put("source", skapa ? "SKAPA" : "ORGANISATION");
                  m.put(
                      "sourceLabel",
                      skapa
                          ? (lang == Language.SV ? "SKAPA:s egen fråga" : "SKAPA's own question")
                          : (lang == Language.SV
                              ? "organisationens egen fråga"
                              : "the organisation's own question"));
                  return m;
                })
            .toList());
    bodies.json(ctx, out);
  }

  public void surveyOffered(Context ctx) {
    StoredRequests.SurveyOffer req = bodies.read(ctx, StoredRequests.SurveyOffer.class);
    SurveyPeriod period = SurveyPeriod.of(req.period());
    survey.offered(actor(ctx), org(ctx), serviceParam(ctx), period, req.offered());
    bodies.json(
        ctx,
        Map.of(
            "service",
            ctx.pathParam("service"),
            "period",
            period.name(),
            "offered",
            req.offered()));
  }

  public void surveyResponses(Context ctx) {
    SurveyPeriod period = periodParam(ctx);
    StoredRequests.SurveyResponses req = bodies.read(ctx, StoredRequests.SurveyResponses.class);
    Optional<String> idempotencyKey =
        Optional.ofNullable(ctx.header("Idempotency-Key"))
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    idempotencyKey.ifPresent(Params::checkIdempotencyKey);
    ParticipantSurvey.Recorded r =
        survey.respond(
            actor(ctx),
            org(ctx),
            serviceParam(ctx),
            period,
            req.responses().stream().map(StoredRequests.SurveyAnswers::answers).toList(),
            idempotencyKey);
    if (r.replayed()) {
      ctx.header("Idempotent-Replayed", "true");
    }
    created(
        bodies,
        ctx,
        Map.of("service", ctx.pathParam("service"), "period", period.name(), "stored", r.stored()));
  }

  public void correctSurveyResponses(Context ctx) {
    SurveyPeriod period = periodParam(ctx);
    StoredRequests.SurveyCorrection req = bodies.read(ctx, StoredRequests.SurveyCorrection.class);
    ParticipantSurvey.Replaced r =
        survey.replace(
            actor(ctx),
            org(ctx),
            serviceParam(ctx),
            period,
            req.responses().stream().map(StoredRequests.SurveyAnswers::answers).toList(),
            req.reason());
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("service", ctx.pathParam("service"));
    out.put("period", period.name());
    out.put("removed", r.removed());
    out.put("stored", r.stored());
    bodies.json(ctx, out);
  }

  public void surveyReport(Context ctx) {
    SurveyPeriod period = periodParam(ctx);
    SurveyReport r = survey.report(actor(ctx), org(ctx), serviceParam(ctx), period);
    Language lang = Lang.of(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service", ctx.pathParam("service"));
    out.put("period", Map.of("name", period.name(), "from", period.from(), "to", period.to()));
    out.put("offered", r.offered());
    out.put("current", r.current());
    out.put("shareOffered", r.shareOffered());
    out.put("responses", r.responses());
    out.put("responseRate", r.responseRate());
    out.put("answeredOverall", r.answeredOverall());
    out.put("shareSatisfied", r.shareSatisfied());
    out.put(
        "targets",
        Map.of(
            "offered",
            Map.of("target", r.targets().offered(), "met", r.offeredMet()),
            "responseRate",
            Map.of("target", r.targets().responseRate(), "met", r.responseRateMet()),
            "satisfied",
            Map.of("target", r.targets().satisfied(), "met", r.satisfiedMet())));
    out.put(
        "questions",
        r.questions().stream()
            .map(
                q -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("key", q.question().key());
                  m.put("text", q.question().text().in(lang));
                  m.put("answered", q.answered());
                  m.put("counts", Arrays.stream(q.counts()).boxed().toList());
                  return m;
                })
            .toList());
    bodies.json(ctx, out);
  }
}
