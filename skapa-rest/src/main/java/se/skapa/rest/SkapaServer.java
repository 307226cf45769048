package se.skapa.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.skapa.app.StoredModeException;
import se.skapa.app.port.Storage;
import se.skapa.app.port.StorageException;
import se.skapa.core.common.ValidationException;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.rest.fidelity.FidelityRoutes;
import se.skapa.rest.http.AccessLog;
import se.skapa.rest.http.ApiException;
import se.skapa.rest.http.ApiKeys;
import se.skapa.rest.http.Cors;
import se.skapa.rest.http.Json;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Negotiation;
import se.skapa.rest.http.Problem;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.outcomes.OutcomesRoutes;
import se.skapa.rest.progression.ProgressionRoutes;
import se.skapa.rest.socioeconomic.SocioeconomicRoutes;
import se.skapa.rest.stored.Stored;
import se.skapa.rest.stored.StoredAuth;
import se.skapa.rest.web.WebRoutes;

/**
 * The HTTP adapter: routes, API keys, body limits and one problem format for every error.
 * Stateless: callers send data, SKAPA computes and answers.
 */
public final class SkapaServer {

  private static final Logger LOG = LoggerFactory.getLogger(SkapaServer.class);
  private static final Problem INTERNAL =
      Problem.of(
          500,
          "internal",
          "Internal error",
          "SKAPA could not answer this request; nothing was stored. The error is logged.");

  /** The access log: its own logger, so an operator can route or silence it (skapa.access). */
  private static final Logger ACCESS = LoggerFactory.getLogger("skapa.access");

  private static final long STOP_TIMEOUT_MS = 20_000;

  /** Open connections at most; beyond, new ones wait in the backlog until one closes. */
  static final int MAX_CONNECTIONS = 1_000;

  /** A connection silent this long (while sending headers too) is closed. */
  static final long IDLE_TIMEOUT_MS = 30_000;

  private final Javalin app;
  private final ServerConfig config;
  private final List<Route> routes;

  private final Optional<Housekeeping> housekeeping;

  private SkapaServer(
      Javalin app, ServerConfig config, List<Route> routes, Optional<Housekeeping> housekeeping) {
    this.housekeeping = housekeeping;
    this.app = app;
    this.config = config;
    this.routes = List.copyOf(routes);
  }

  /** A server without a database: the stateless routes only; stored mode answers 503. */
  public static SkapaServer create(ServerConfig config, Clock clock) {
    return create(config, clock, Optional.empty());
  }

  /**
   * @param clock "today" for the future-date rules
   * @param storage stored mode's database; empty for a stateless server
   */
  public static SkapaServer create(ServerConfig config, Clock clock, Optional<Storage> storage) {
    return create(config, clock, storage, c -> {});
  }

  /**
   * As {@link #create(ServerConfig, Clock, Optional)}, with routes a test adds (e.g. one that fails
   * as nothing real can).
   */
  static SkapaServer create(
      ServerConfig config,
      Clock clock,
      Optional<Storage> storage,
      java.util.function.Consumer<io.javalin.config.JavalinConfig> testRoutes) {
    ObjectMapper mapper = Json.mapper();
    RequestBodies bodies = new RequestBodies(mapper, config.maxBodyBytes());
    List<Instrument> instruments = new ArrayList<>(BuiltInInstruments.all());
    config.instrumentsDir().ifPresent(dir -> instruments.addAll(instrumentDefinitions(dir)));
    InstrumentCatalog catalog = InstrumentCatalog.of(instruments);
    ApiKeys keys = config.apiKeys();
    byte[] openApi = resource("/skapa/openapi.json");
    String docsPage =
        new String(resource("/skapa/docs.html"), StandardCharsets.UTF_8)
            .replace("${swaggerUiVersion}", swaggerUiVersion());

    ProgressionRoutes progression = new ProgressionRoutes(catalog, clock, bodies);
    FidelityRoutes fidelity = new FidelityRoutes(clock, bodies);
    SocioeconomicRoutes socioeconomic = new SocioeconomicRoutes(bodies);
    OutcomesRoutes outcomes = new OutcomesRoutes(bodies, clock);
    Optional<UseCases> useCases = storage.map(st -> UseCases.of(st, clock, catalog, config));
    Optional<Stored> stored = useCases.map(u -> Stored.of(u, catalog, bodies, clock));
    StoredAuth storedAuth =
        new StoredAuth(
            useCases.map(UseCases::organisations),
            config.operatorKeys(),
            ServerConfig.LOOPBACK.equals(config.bind()));
    Optional<WebRoutes> web =
        useCases.map(
            u ->
                new WebRoutes(
                    u.accounts(),
                    u.organisations(),
                    u.measurements(),
                    u.progression(),
                    u.erasure(),
                    u.audit(),
                    catalog,
                    clock,
                    UseCases.ZONE));
    Optional<Housekeeping> housekeeping =
        useCases.map(u -> new Housekeeping(u.erasure(), u.accounts(), config.retention()));
    List<Route> table = new ArrayList<>();

    byte[] stoppingBody = json(mapper, StoppingHandler.STOPPING);
    byte[] fatalBody = json(mapper, INTERNAL.in(se.skapa.core.common.Language.SV));
    Javalin app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.requestLogger.http(
                  (ctx, ms) -> {
                    io.javalin.router.Endpoint route = ctx.endpoints().lastHttpEndpoint();
                    ACCESS.info(
                        AccessLog.line(
                            ctx.method().name(),
                            route == null ? "" : route.path,
                            ctx.status().getCode(),
                            ms));
                  });
              c.startup.showOldJavalinVersionWarning = false;
              c.jsonMapper(new JavalinJackson(mapper, false));
              c.http.prefer405over404 = true;
              c.http.maxRequestSize = config.maxBodyBytes();
              c.jetty.host = config.bind();
              c.jetty.port = config.port();
              c.staticFiles.enableWebjars();
              // In-flight requests finish on stop (SIGTERM); new ones are refused. Javalin attaches
              // its
              // context inside the innermost wrapper, so the request counter set here wraps
              // everything.
              // Dispatching on headers (not first content) makes a request still uploading count as
              // in flight.
              c.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(STOP_TIMEOUT_MS);
                    server.setHandler(new StoppingHandler(stoppingBody));
                    // At its limits: at most MAX_CONNECTIONS open connections (more wait in the
                    // kernel's backlog), and a
                    // connection that sends nothing, headers included, for IDLE_TIMEOUT_MS is
                    // closed.
                    NetworkConnectionLimit limit =
                        new NetworkConnectionLimit(MAX_CONNECTIONS, server);
                    server.addBean(limit);
                    server.addEventListener(
                        new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                          @Override
                          public void lifeCycleStarting(
                              org.eclipse.jetty.util.component.LifeCycle event) {
                            for (org.eclipse.jetty.server.Connector connector :
                                server.getConnectors()) {
                              if (connector
                                  instanceof org.eclipse.jetty.server.AbstractConnector c) {
                                c.setIdleTimeout(IDLE_TIMEOUT_MS);
                              }
                            }
                          }
                        });
                  });
              c.jetty.modifyHttpConfiguration(SkapaServer::dispatchOnHeaders);
              c.routes.before(
                  "/api/*",
                  ctx -> {
                    // Answers describe people's progression, however pseudonymous: no cache keeps
                    // them, and
                    // no browser guesses another content type (the charts are SVG).
                    ctx.header("Cache-Control", "no-store");
                    ctx.header("X-Content-Type-Options", "nosniff");
                    if (Cors.allow(ctx, config.corsOrigins())) {
                      return; // a preflight: answered by the OPTIONS route, no key needed
                    }
                    Negotiation.require(ctx);
                    if (StoredAuth.isStoredPath(ctx.path())) {
                      storedAuth.admit(ctx);
                      return;
                    }
                    if (keys.enabled() && !keys.accepts(ctx.header("Authorization"))) {
                      ctx.header("WWW-Authenticate", "Bearer realm=\"skapa\"");
                      throw ApiException.unauthorized();
                    }
                  });
              // Labels follow ?lang= or Accept-Language: say which, and tell caches the answer
              // varies with it.
              // Problems set both themselves (problem()).
              c.routes.after(
                  "/api/*",
                  ctx -> {
                    if (ctx.status().getCode() < 400) {
                      ctx.header("Content-Language", Lang.of(ctx).tag());
                      ctx.header(
                          "Vary",
                          config.corsOrigins().isEmpty()
                              ? "Accept-Language"
                              : "Accept-Language, Origin");
                    }
                  });
              Registrar r = new Registrar(c.routes, table);
              r.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
              r.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
              r.get("/docs", ctx -> ctx.html(docsPage));
              if (web.isEmpty()) {
                // Without the pages, the root says what this is and where its description is.
                c.routes.get(
                    "/",
                    ctx ->
                        ctx.json(
                            Map.of(
                                "name",
                                "SKAPA",
                                "description",
                                "Progression, IPS fidelity and socioeconomic calculation for Swedish labour-market rehabilitation",
                                "docs",
                                "/docs",
                                "openapi",
                                "/openapi.json",
                                "health",
                                "/health")));
              }
              web.ifPresent(
                  w -> {
                    // The pages are not API routes: not in the route table the OpenAPI document is
                    // held against.
                    c.routes.before(
                        ctx -> {
                          if (WebRoutes.isPage(ctx.path())) {
                            w.before(ctx);
                          }
                        });
                    c.routes.get("/", w.signIn()::root);
                    c.routes.get("/assets/skapa.css", w.signIn()::stylesheet);
                    c.routes.get("/lang/{tag}", w.signIn()::language);
                    c.routes.get("/login", w.signIn()::loginPage);
                    c.routes.post("/login", w.signIn()::login);
                    c.routes.post("/logout", w.signIn()::logout);
                    c.routes.get("/tillganglighet", w.signIn()::accessibility);
                    c.routes.get("/app", w.participants()::home);
                    c.routes.get("/app/participant", w.participants()::findParticipant);
                    c.routes.get("/app/participants/{participant}", w.participants()::participant);
                    c.routes.get(
                        "/app/participants/{participant}/new", w.participants()::newMeasurement);
                    c.routes.post(
                        "/app/participants/{participant}/new", w.participants()::recordMeasurement);
                    c.routes.get("/app/measurements/{id}/edit", w.participants()::editMeasurement);
                    c.routes.post(
                        "/app/measurements/{id}/edit", w.participants()::correctMeasurement);
                    c.routes.get("/app/measurements/{id}/history", w.participants()::history);
                    c.routes.get("/app/services/{service}/cohort", w.services()::cohort);
                    c.routes.get("/app/admin", w.admin()::admin);
                    c.routes.post("/app/admin/{what}", w.admin()::adminPost);
                  });
              r.get("/api/v1/instruments", progression::instruments);
              r.get("/api/v1/instruments/{id}", progression::instrument);
              r.post("/api/v1/progression/analyze", progression::analyze);
              r.post("/api/v1/progression/chart", progression::chart);
              r.post("/api/v1/progression/cohort/chart", progression::cohortChart);
              r.post("/api/v1/progression/cohort", progression::cohort);
              r.get("/api/v1/fidelity/scales/{id}", fidelity::scale);
              r.post("/api/v1/fidelity/{id}/score", fidelity::score);
              r.post("/api/v1/fidelity/{id}/chart", fidelity::chart);
              r.post("/api/v1/fidelity/{id}/compare/chart", fidelity::compareChart);
              r.post("/api/v1/fidelity/{id}/compare", fidelity::compare);
              r.post("/api/v1/fidelity/{id}/anchors", fidelity::anchors);
              r.get("/api/v1/socioeconomic/parameter-sets", socioeconomic::parameterSets);
              r.get("/api/v1/socioeconomic/parameter-sets/{id}", socioeconomic::parameterSet);
              r.post("/api/v1/socioeconomic/calculate", socioeconomic::calculate);
              r.post("/api/v1/socioeconomic/chart", socioeconomic::chart);
              r.post("/api/v1/socioeconomic/scenarios", socioeconomic::scenarios);
              r.post("/api/v1/outcomes/report", outcomes::report);
              r.post("/api/v1/outcomes/targets", outcomes::targets);
              r.post("/api/v1/outcomes/targets/chart", outcomes::targetsChart);
              r.post("/api/v1/finsam/allocation", outcomes::allocation);
              r.post("/api/v1/finsam/full-year-equivalents", outcomes::fullYearEquivalents);
              Stored st = stored.orElse(null);
              String org = StoredAuth.ORGANISATIONS + "/{org}";
              r.post(StoredAuth.ORGANISATIONS, ctx -> st.admin().createOrganisation(ctx));
              r.post(org + "/keys", ctx -> st.admin().createKey(ctx));
              r.get(org + "/keys", ctx -> st.admin().keys(ctx));
              r.delete(org + "/keys/{id}", ctx -> st.admin().revokeKey(ctx));
              r.post(org + "/users", ctx -> st.admin().createUser(ctx));
              r.get(org + "/users", ctx -> st.admin().users(ctx));
              r.post(org + "/services", ctx -> st.admin().createService(ctx));
              r.get(org + "/services", ctx -> st.admin().services(ctx));
              r.delete(
                  org + "/participants/{participant}", ctx -> st.admin().eraseParticipant(ctx));
              r.get(org + "/audit", ctx -> st.admin().audit(ctx));
              r.post(org + "/measurements", ctx -> st.measurements().recordMeasurement(ctx));
              r.get(org + "/measurements/{id}", ctx -> st.measurements().measurement(ctx));
              r.put(org + "/measurements/{id}", ctx -> st.measurements().correctMeasurement(ctx));
              r.get(org + "/measurements/{id}/history", ctx -> st.measurements().history(ctx));
              r.get(
                  org + "/participants/{participant}/progression",
                  ctx -> st.measurements().participantProgression(ctx));
              r.get(org + "/services/{service}/cohort", ctx -> st.measurements().cohort(ctx));
              r.get(org + "/follow-ups", ctx -> st.measurements().followUps(ctx));
              r.get(
                  org + "/exports/measurements.csv",
                  ctx -> st.measurements().exportMeasurements(ctx));
              r.post(
                  org + "/imports/measurements", ctx -> st.measurements().importMeasurements(ctx));
              r.post(org + "/enrolments", ctx -> st.register().enrol(ctx));
              r.get(org + "/enrolments/{id}", ctx -> st.register().enrolment(ctx));
              r.post(org + "/enrolments/{id}/closing", ctx -> st.register().close(ctx));
              r.put(org + "/services/{service}/targets", ctx -> st.register().serviceTargets(ctx));
              r.put(org + "/targets", ctx -> st.register().organisationTargets(ctx));
              r.get(org + "/services/{service}/report", ctx -> st.register().serviceReport(ctx));
              r.get(org + "/report", ctx -> st.register().organisationReport(ctx));
              r.get(
                  org + "/services/{service}/report.csv",
                  ctx -> st.register().serviceReportCsv(ctx));
              r.get(org + "/report.csv", ctx -> st.register().organisationReportCsv(ctx));
              r.get(org + "/services/{service}/report.pdf", ctx -> st.print().servicePdf(ctx));
              r.get(org + "/report.pdf", ctx -> st.print().organisationPdf(ctx));
              r.get(org + "/surveys/questions", ctx -> st.surveys().surveyQuestions(ctx));
              r.put(org + "/surveys/questions", ctx -> st.surveys().setSurveyQuestions(ctx));
              r.post(org + "/services/{service}/surveys", ctx -> st.surveys().surveyOffered(ctx));
              r.post(
                  org + "/services/{service}/surveys/{period}/responses",
                  ctx -> st.surveys().surveyResponses(ctx));
              r.get(
                  org + "/services/{service}/surveys/{period}",
                  ctx -> st.surveys().surveyReport(ctx));
              r.post(
                  org + "/services/{service}/fidelity-reviews",
                  ctx -> st.reviews().createReview(ctx));
              r.get(
                  org + "/services/{service}/fidelity-reviews",
                  ctx -> st.reviews().listReviews(ctx));
              r.get(
                  org + "/services/{service}/fidelity-reviews/{id}",
                  ctx -> st.reviews().getReview(ctx));
              r.put(
                  org + "/services/{service}/fidelity-reviews/{id}",
                  ctx -> st.reviews().updateReview(ctx));
              r.get(
                  org + "/services/{service}/fidelity-reviews/{id}/history",
                  ctx -> st.reviews().reviewHistory(ctx));
              r.get(
                  org + "/services/{service}/fidelity-reviews/{id}/export.csv",
                  ctx -> st.reviews().exportReview(ctx));

              c.routes.exception(
                  WebRoutes.Redirect.class,
                  (e, ctx) -> ctx.redirect(e.location(), io.javalin.http.HttpStatus.SEE_OTHER));
              c.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, mapper, e.problem()));
              c.routes.exception(
                  ValidationException.class,
                  (e, ctx) -> {
                    if (web.isPresent() && WebRoutes.isPage(ctx.path())) {
                      web.get().message(ctx, 422, web.get().describe(ctx, e.violations().get(0)));
                      return;
                    }
                    problem(ctx, mapper, Problem.of(e));
                  });
              c.routes.exception(
                  StoredModeException.class,
                  (e, ctx) -> {
                    if (web.isPresent() && WebRoutes.isPage(ctx.path())) {
                      web.get().refusal(ctx, e);
                      return;
                    }
                    e.existing()
                        .filter(id -> ctx.path().endsWith("/measurements"))
                        .ifPresent(id -> ctx.header("Location", ctx.path() + "/" + id));
                    problem(ctx, mapper, Problem.of(e));
                  });
              c.routes.exception(
                  StorageException.class,
                  (e, ctx) -> {
                    LOG.error("Database failure on {} {}", ctx.method(), ctx.path(), e);
                    problem(
                        ctx,
                        mapper,
                        Problem.of(
                            503,
                            "database-unavailable",
                            "Database unavailable",
                            "SKAPA could not reach its database; nothing was stored. Retry in a moment."));
                  });
              // Javalin signals an unknown route, a wrong method or a body over its limit by
              // throwing.
              c.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> {
                    if (web.isPresent() && WebRoutes.isPage(ctx.path()) && e.getStatus() == 404) {
                      web.get().refusal(ctx, StoredModeException.notFound(ctx.path()));
                      return;
                    }
                    if (e.getStatus() == 405) {
                      ctx.header("Allow", String.join(", ", allowed(table, ctx.path())));
                    }
                    problem(ctx, mapper, fromJavalin(e, ctx, config));
                  });
              c.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                    if (web.isPresent() && WebRoutes.isPage(ctx.path())) {
                      web.get()
                          .message(
                              ctx,
                              500,
                              "SKAPA could not show this page; nothing was saved. The error is logged.");
                      return;
                    }
                    problem(ctx, mapper, INTERNAL);
                  });
              // An Error (a stack overflow, an assertion) passes every exception mapper; without
              // this Javalin answers an
              // empty 500. The request's language is gone by then: the problem is in Swedish, the
              // default.
              c.router.javaLangErrorHandler(
                  (res, err) -> {
                    LOG.error("Fatal error while answering a request", err);
                    if (!res.isCommitted()) {
                      res.resetBuffer();
                      res.setStatus(500);
                      res.setContentType(Problem.CONTENT_TYPE);
                      res.setHeader("Content-Language", "sv");
                      try {
                        res.getOutputStream().write(fatalBody);
                      } catch (java.io.IOException unwritable) {
                        LOG.warn("Could not write the 500 problem: {}", unwritable.getMessage());
                      }
                    }
                  });
              testRoutes.accept(c);
            });
    return new SkapaServer(app, config, table, housekeeping);
  }

  public SkapaServer start() {
    app.start();
    housekeeping.ifPresent(Housekeeping::start);
    return this;
  }

  /** Stops accepting requests, lets in-flight ones finish (up to 20 s), then stops. */
  public void stop() {
    housekeeping.ifPresent(Housekeeping::stop);
    app.stop();
  }

  public int port() {
    return app.port();
  }

  public ServerConfig config() {
    return config;
  }

  /** Every registered route, for the contract test. */
  public List<Route> routes() {
    return routes;
  }

  private static byte[] json(ObjectMapper mapper, Problem p) {
    try {
      return mapper.writeValueAsBytes(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem could not be written as JSON", e);
    }
  }

  private static void problem(Context ctx, ObjectMapper mapper, Problem english) {
    // Problems speak the reader's language like the labels do (?lang=, Accept-Language; Swedish by
    // default).
    se.skapa.core.common.Language lang = Lang.of(ctx);
    Problem p = english.in(lang);
    ctx.header("Content-Language", lang.tag());
    ctx.header("Vary", "Accept-Language");
    try {
      ctx.status(p.status()).contentType(Problem.CONTENT_TYPE).result(mapper.writeValueAsBytes(p));
    } catch (JsonProcessingException e) {
      ctx.status(p.status())
          .contentType(Problem.CONTENT_TYPE)
          .result("{\"status\":" + p.status() + "}");
    }
  }

  private static Problem fromJavalin(HttpResponseException e, Context ctx, ServerConfig config) {
    return switch (e.getStatus()) {
      case 404 -> ApiException.notFound("no route " + ctx.method() + " " + ctx.path()).problem();
      case 405 ->
          Problem.of(
              405,
              "method-not-allowed",
              "Method not allowed",
              ctx.method() + " is not allowed on " + ctx.path());
      case 413 -> ApiException.tooLarge(config.maxBodyBytes()).problem();
      case 415 -> ApiException.unsupportedMediaType(ctx.contentType()).problem();
      default ->
          Problem.of(
              e.getStatus() >= 400 && e.getStatus() < 600 ? e.getStatus() : 400,
              "http",
              "HTTP error",
              String.valueOf(e.getMessage()));
    };
  }

  /**
   * Dispatching on headers makes a request still uploading its body count as in flight for the
   * graceful stop. Jetty 12.1 marks the switch for removal without a replacement yet; revisit when
   * it goes.
   */
  @SuppressWarnings("removal")
  private static void dispatchOnHeaders(org.eclipse.jetty.server.HttpConfiguration http) {
    http.setDelayDispatchUntilContent(false);
  }

  /** The methods the route table has for a path: what a 405 names in its Allow header. */
  static List<String> allowed(List<Route> table, String path) {
    java.util.TreeSet<String> methods = new java.util.TreeSet<>();
    for (Route route : table) {
      if (path.matches(route.path().replaceAll("\\{[^}]+}", "[^/]+"))) {
        methods.add(route.method());
      }
    }
    if (path.startsWith("/api/")) {
      methods.add("OPTIONS");
    }
    return List.copyOf(methods);
  }

  private static byte[] resource(String name) {
    try (InputStream in = SkapaServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
  }

  private static String swaggerUiVersion() {
    Properties p = new Properties();
    try (InputStream in =
        SkapaServer.class.getResourceAsStream(
            "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the swagger-ui webjar version", e);
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * Registers a handler and records its route in one step, so the table cannot drift from the
   * server.
   */
  /**
   * Registers a route, records it in the route table, and answers a CORS preflight on each API path
   * once.
   */
  private record Registrar(
      io.javalin.config.RoutesConfig routes, List<Route> table, java.util.Set<String> preflights) {
    Registrar(io.javalin.config.RoutesConfig routes, List<Route> table) {
      this(routes, table, new java.util.HashSet<>());
    }

    private void add(String method, String path) {
      table.add(new Route(method, path));
      if (path.startsWith("/api/") && preflights.add(path)) {
        routes.options(path, ctx -> ctx.status(204));
      }
    }

    void get(String path, Handler h) {
      routes.get(path, h);
      add("GET", path);
    }

    void post(String path, Handler h) {
      routes.post(path, h);
      add("POST", path);
    }

    void put(String path, Handler h) {
      routes.put(path, h);
      add("PUT", path);
    }

    void delete(String path, Handler h) {
      routes.delete(path, h);
      add("DELETE", path);
    }
  }

  /**
   * The operator's definitions; a bad one stops the start naming the setting, the file and every
   * rule.
   */
  private static List<Instrument> instrumentDefinitions(java.nio.file.Path dir) {
    try {
      return se.skapa.instruments.InstrumentDefinitions.readDirectory(dir);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("SKAPA_INSTRUMENTS_DIR: " + e.getMessage(), e);
    }
  }
}
