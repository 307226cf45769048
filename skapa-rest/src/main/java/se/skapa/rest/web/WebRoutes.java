package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.AccountLife;
import se.skapa.app.access.Accounts;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.SecondFactors;
import se.skapa.app.access.Session;
import se.skapa.app.access.Settings;
import se.skapa.app.access.SingleSignOn;
import se.skapa.app.audit.AuditTrail;
import se.skapa.app.audit.Erasure;
import se.skapa.app.consent.Consents;
import se.skapa.app.measurement.Caseloads;
import se.skapa.app.measurement.MeasurementFiles;
import se.skapa.app.measurement.Measurements;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.QualitySignalReports;
import se.skapa.app.register.AfterClosings;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.OutcomeReports;
import se.skapa.app.register.Spells;
import se.skapa.app.review.FidelityReviews;
import se.skapa.app.survey.ParticipantSurvey;
import se.skapa.app.survey.SurveyTargetSettings;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.common.ViolationTexts;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.rest.http.ClientAddress;
import se.skapa.rest.http.NulCharacters;

/**
 * The pages for handledare, enhetschefer and admins: server-rendered HTML that works without
 * JavaScript. Translation only, like the REST routes: every rule lives in the use cases and core.
 * This class admits requests (security headers, sessions, form tokens); the pages live by concept
 * beside it.
 */
public final class WebRoutes {

  public static final String SESSION_COOKIE = "skapa_session";

  /** The strictest policy the pages allow: no script at all, styles from this server only. */
  private static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
          + "frame-ancestors 'none'; base-uri 'none'";

  private final Accounts accounts;
  private final Pages pages = new Pages();
  private final SignInPages signIn;
  private final OidcPages oidc;
  private final SecondFactors factors;
  private final AccountPages accountPages;
  private final ParticipantPages participants;
  private final MeasurementPages measurementPages;
  private final ServicePages services;
  private final AdminPages admin;
  private final ReportPages reports;
  private final RegisterPages register;
  private final AuditPages auditPages;
  private final ImportPages importPages;
  private final SurveyPages surveyPages;
  private final FidelityPages fidelityPages;
  private final FidelityHistoryPages fidelityHistory;
  private final FollowUpPages followUpPages;
  private final SettingsPages settingsPages;
  private final ConsentPages consentPages;

  public WebRoutes(
      Accounts accounts,
      Organisations organisations,
      Measurements measurements,
      Progression progression,
      QualitySignalReports quality,
      Caseloads caseloads,
      Spells spells,
      Erasure erasure,
      AuditTrail audit,
      InstrumentCatalog catalog,
      Clock clock,
      ZoneId zone,
      ClientAddress address,
      SingleSignOn sso,
      Function<String, Optional<String>> environment,
      SecondFactors factors,
      AccountLife life,
      OutcomeReports outcomeReports,
      Enrolments enrolments,
      MeasurementFiles measurementFiles,
      long maxImportBytes,
      ParticipantSurvey survey,
      SurveyTargetSettings surveyTargets,
      FidelityReviews reviews,
      AfterClosings afterClosings,
      Settings settings,
      Consents consents) {
    this.accounts = accounts;
    this.factors = factors;
    this.accountPages = new AccountPages(pages, factors, life);
    this.signIn = new SignInPages(pages, accounts, address, sso, organisations);
    this.oidc = new OidcPages(pages, sso, environment);
    this.register = new RegisterPages(pages, enrolments, spells, clock);
    this.consentPages = new ConsentPages(pages, consents, clock);
    this.participants =
        new ParticipantPages(
            pages,
            organisations,
            progression,
            caseloads,
            spells,
            catalog,
            enrolments,
            register,
            consentPages);
    this.measurementPages =
        new MeasurementPages(pages, organisations, measurements, progression, catalog, clock, zone);
    this.services = new ServicePages(pages, organisations, progression, quality, catalog, clock);
    this.admin =
        new AdminPages(pages, accounts, organisations, erasure, audit, clock, zone, life, settings);
    this.reports = new ReportPages(pages, organisations, outcomeReports, enrolments, clock);
    this.auditPages = new AuditPages(pages, audit, clock, zone);
    this.importPages = new ImportPages(pages, measurementFiles, catalog, maxImportBytes);
    this.surveyPages = new SurveyPages(pages, organisations, survey, surveyTargets, clock);
    this.fidelityPages = new FidelityPages(pages, organisations, reviews, clock);
    this.fidelityHistory = new FidelityHistoryPages(pages, organisations, reviews, zone);
    this.followUpPages = new FollowUpPages(pages, organisations, afterClosings, clock);
    this.settingsPages = new SettingsPages(pages, settings, environment);
  }

  /**
   * Declares the pages. They are not API routes: not in the route table the OpenAPI document is
   * held against. Each page checks its own session and role.
   *
   * @param routes Javalin's routes
   */
  public void pages(RoutesConfig routes) {
    routes.before(
        ctx -> {
          if (isPage(ctx.path())) {
            before(ctx);
          }
        });
    routes.get("/", signIn::root);
    routes.get("/assets/skapa.css", signIn::stylesheet);
    routes.get("/lang/{tag}", signIn::language);
    routes.get("/login", signIn::loginPage);
    routes.post("/login", signIn::login);
    routes.post("/logout", signIn::logout);
    routes.get("/login/oidc", oidc::begin);
    routes.get("/login/oidc/callback", oidc::callback);
    routes.get("/tillganglighet", settingsPages::accessibility);
    routes.get("/app", participants::home);
    routes.post("/app/participant", participants::findParticipant);
    routes.get("/app/participants/{participant}", participants::participant);
    routes.get("/app/participants/{participant}/new", measurementPages::newMeasurement);
    routes.post("/app/participants/{participant}/new", measurementPages::recordMeasurement);
    routes.get("/app/measurements/{id}/edit", measurementPages::editMeasurement);
    routes.post("/app/measurements/{id}/edit", measurementPages::correctMeasurement);
    routes.get("/app/measurements/{id}/history", measurementPages::history);
    routes.get("/app/services/{service}/cohort", services::cohort);
    routes.get("/app/reports", reports::reports);
    routes.post("/app/reports/targets", reports::setTargets);
    routes.get("/app/admin/audit", auditPages::trail);
    routes.get("/app/admin/settings", settingsPages::page);
    routes.get("/app/import", importPages::form);
    routes.get("/app/survey", surveyPages::survey);
    routes.get("/app/follow-ups", followUpPages::due);
    routes.get("/app/follow-ups/record", followUpPages::recordForm);
    routes.post("/app/follow-ups/record", followUpPages::record);
    routes.get("/app/fidelity", fidelityPages::list);
    routes.get("/app/fidelity/review", fidelityPages::reviewForm);
    routes.get("/app/fidelity/history", fidelityHistory::history);
    routes.post("/app/fidelity/review", fidelityPages::save);
    routes.post("/app/survey/offered", surveyPages::offered);
    routes.post("/app/survey/response", surveyPages::response);
    routes.post("/app/survey/targets", surveyPages::targets);
    routes.post("/app/survey/questions", surveyPages::questions);
    routes.post("/app/import", importPages::upload);
    routes.post("/app/participant/enrol", register::enrol);
    routes.post("/app/participants/{participant}/enrol", register::enrol);
    routes.post("/app/register/job", register::job);
    routes.post("/app/register/close", register::close);
    routes.post("/app/register/study", register::study);
    routes.post("/app/participants/{participant}/intervention", register::intervention);
    routes.post("/app/participants/{participant}/consent", consentPages::record);
    routes.post("/app/participants/{participant}/consent/withdraw", consentPages::withdraw);
    routes.get("/app/konto", accountPages::account);
    routes.post("/app/konto/tvastegs", accountPages::begin);
    routes.post("/app/konto/tvastegs/bekrafta", accountPages::confirm);
    routes.post("/app/konto/losenord", accountPages::changePassword);
    routes.get("/app/admin", admin::admin);
    routes.post("/app/admin/settings", settingsPages::save);
    routes.post("/app/admin/{what}", admin::adminPost);
  }

  public SignInPages signIn() {
    return signIn;
  }

  public ParticipantPages participants() {
    return participants;
  }

  public ServicePages services() {
    return services;
  }

  public AdminPages admin() {
    return admin;
  }

  /** True for the paths the pages own. */
  public static boolean isPage(String path) {
    return path.equals("/")
        || path.equals("/login")
        || path.startsWith("/login/")
        || path.equals("/logout")
        || path.startsWith("/app")
        || path.startsWith("/lang/")
        || path.equals("/tillganglighet")
        || path.startsWith("/assets/");
  }

  /**
   * Security headers on every page; a signed-in person for every /app page, else the sign-in page.
   */
  public void before(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    if (!ctx.path().startsWith("/assets/")) {
      // Pages show people's ratings: no cache keeps them, not even the browser's back button.
      ctx.header("Cache-Control", "no-store");
    }
    NulCharacters.query(ctx);
    if (ctx.method().name().equals("POST")) {
      NulCharacters.formField(ctx)
          .ifPresent(
              field -> {
                throw ValidationException.of(
                    "/" + field.replace("\0", ""),
                    NulCharacters.RULE,
                    "contains a NUL character (U+0000), which SKAPA does not store; remove it");
              });
    }
    if (ctx.path().equals("/tillganglighet")) {
      // Signed in, the statement names the visitor's organisation's contact; no sign-in needed.
      accounts.session(ctx.cookie(SESSION_COOKIE)).ifPresent(s -> ctx.attribute(SESSION, s));
    }
    if (ctx.path().startsWith("/app") || ctx.path().equals("/logout")) {
      String cookie = ctx.cookie(SESSION_COOKIE);
      Optional<Session> s = accounts.session(cookie);
      if (s.isEmpty()) {
        // Back to this page after signing in; a session that ended is said so on the sign-in page.
        // What a form held is not kept: the page it came from opens again, empty.
        String back = ctx.path().startsWith("/app") ? ctx.path() : "/app";
        if (ctx.method().name().equals("GET") && ctx.queryString() != null) {
          back += "?" + ctx.queryString();
        }
        throw new Redirect(
            "/login?"
                + (cookie == null || cookie.isEmpty() ? "" : "expired&")
                + "back="
                + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8));
      }
      ctx.attribute(SESSION, s.get());
      if (!ctx.path().startsWith("/app/konto")
          && !ctx.path().equals("/logout")
          && factors.mustEnrol(s.get())) {
        // The organisation requires a second factor and this account has none yet.
        throw new Redirect("/app/konto");
      }
      if (ctx.method().name().equals("POST")) {
        checkSameOrigin(ctx);
        String sent = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
        if (!MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            s.get().csrf().getBytes(StandardCharsets.UTF_8))) {
          throw StoredModeException.forbidden(
              "the form's token is missing or stale; reload the page");
        }
      }
    }
  }

  /** Thrown to answer with a 303 See Other. */
  public static final class Redirect extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String location;

    public Redirect(String location) {
      super(location, null, false, false);
      this.location = location;
    }

    public String location() {
      return location;
    }
  }

  /** An error as a page. */
  /** A violation in the page's language. */
  public String describe(Context ctx, Violation v) {
    return ViolationTexts.message(v, Pages.lang(ctx));
  }

  public void message(Context ctx, int status, String text) {
    pages.message(ctx, status, text);
  }

  /** The page for a refusal of a use case. */
  public void refusal(Context ctx, StoredModeException e) {
    pages.refusal(ctx, e);
  }
}
