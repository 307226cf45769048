package se.skapa.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.skapa.app.port.Storage;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.instruments.InstrumentDefinitions;
import se.skapa.rest.access.AccessRoutes;
import se.skapa.rest.access.Admission;
import se.skapa.rest.access.BearerTokens;
import se.skapa.rest.access.IdentityProviderRoutes;
import se.skapa.rest.access.SettingsRoutes;
import se.skapa.rest.access.SignInPolicyRoutes;
import se.skapa.rest.audit.AuditRoutes;
import se.skapa.rest.consent.ConsentRoutes;
import se.skapa.rest.fidelity.FidelityRoutes;
import se.skapa.rest.fidelity.ReviewRoutes;
import se.skapa.rest.http.AccessLog;
import se.skapa.rest.http.ClientAddress;
import se.skapa.rest.http.Cors;
import se.skapa.rest.http.Json;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Negotiation;
import se.skapa.rest.http.NulCharacters;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Route;
import se.skapa.rest.http.Router;
import se.skapa.rest.insights.PrecedesWorkRoutes;
import se.skapa.rest.insights.QualitySignalRoutes;
import se.skapa.rest.outcomes.FixedReportRoutes;
import se.skapa.rest.outcomes.OutcomesRoutes;
import se.skapa.rest.outcomes.RegisterRoutes;
import se.skapa.rest.print.PrintRoutes;
import se.skapa.rest.progression.MeasurementFileRoutes;
import se.skapa.rest.progression.MeasurementRoutes;
import se.skapa.rest.progression.ProgressionRoutes;
import se.skapa.rest.register.AfterClosingRoutes;
import se.skapa.rest.register.RegisterReportRoutes;
import se.skapa.rest.register.SpellRoutes;
import se.skapa.rest.socioeconomic.SocioeconomicFromRegisterRoutes;
import se.skapa.rest.socioeconomic.SocioeconomicRoutes;
import se.skapa.rest.survey.SurveyRoutes;
import se.skapa.rest.web.WebRoutes;

/**
 * The HTTP adapter, wired: each routes class declares its own routes and who may call each; this
 * class builds them on the use cases and starts Jetty. Stateless routes compute and answer; stored
 * mode's routes answer 503 on a server without a database.
 */
public final class SkapaServer {

  /** The access log: its own logger, so an operator can route or silence it (skapa.access). */
  private static final Logger ACCESS = LoggerFactory.getLogger("skapa.access");

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
      Consumer<JavalinConfig> testRoutes) {
    if (storage.isEmpty()
        && !config.apiKeys().enabled()
        && !ServerConfig.isLoopback(config.bind())) {
      throw new IllegalArgumentException(
          "SKAPA_BIND="
              + config.bind()
              + " needs SKAPA_API_KEYS on a server without a database: every route that answers"
              + " beyond loopback must take a key");
    }
    ObjectMapper mapper = Json.mapper();
    RequestBodies bodies = new RequestBodies(mapper, config.maxBodyBytes());
    InstrumentCatalog catalog = catalog(config);
    UseCases u = UseCases.of(storage.orElseGet(NoStorage::new), clock, catalog, config);
    Optional<WebRoutes> web = storage.map(st -> pages(u, catalog, clock, config));
    Admission admission =
        new Admission(
            storage.map(s -> u.organisations()),
            config.apiKeys(),
            config.operatorKeys(),
            ServerConfig.isLoopback(config.bind()),
            storage.map(st -> new BearerTokens(u.sso())),
            ctx ->
                storage.isEmpty()
                    ? Optional.empty()
                    : u.accounts()
                        .session(ctx.cookie(WebRoutes.SESSION_COOKIE))
                        .filter(s -> !u.secondFactors().mustEnrol(s))
                        .map(s -> s.account().actor()));
    List<Route> table = new ArrayList<>();
    Javalin app =
        Javalin.create(
            c -> {
              settings(c, config, mapper);
              apiHeaders(c, config);
              Router r = new Router(c.routes, admission);
              new DocsRoutes(storage).routes(r);
              web.ifPresentOrElse(w -> w.pages(c.routes), () -> DocsRoutes.root(c.routes));
              declare(r, u, catalog, clock, bodies, config);
              table.addAll(r.table());
              ServerErrors errors = new ServerErrors(mapper, config, web, table);
              errors.register(c);
              Jetty.configure(
                  c,
                  config,
                  errors.json(StoppingHandler.STOPPING),
                  code -> errors.json(ServerErrors.jetty(code)));
              testRoutes.accept(c);
            });
    Optional<Housekeeping> housekeeping =
        storage.map(s -> new Housekeeping(u.erasure(), u.accounts(), config.retention()));
    return new SkapaServer(app, config, table, housekeeping);
  }

  /** The pages for handledare, enhetschefer and admins: only with a database. */
  private static WebRoutes pages(
      UseCases u, InstrumentCatalog catalog, Clock clock, ServerConfig config) {
    return new WebRoutes(
        u.accounts(),
        u.organisations(),
        u.measurements(),
        u.progression(),
        u.qualitySignals(),
        u.caseloads(),
        u.spells(),
        u.erasure(),
        u.audit(),
        catalog,
        clock,
        UseCases.ZONE,
        new ClientAddress(config.trustedProxies()),
        u.sso(),
        name -> Optional.ofNullable(System.getenv(name)),
        u.secondFactors(),
        u.accountLife(),
        u.outcomeReports(),
        u.enrolments(),
        u.measurementFiles(),
        config.maxImportBytes(),
        u.survey(),
        u.surveyTargets(),
        u.reviews(),
        u.afterClosings(),
        u.settings(),
        u.consents());
  }

  /** Every API routes class, each declaring its own routes and who may call them. */
  private static void declare(
      Router r,
      UseCases u,
      InstrumentCatalog catalog,
      Clock clock,
      RequestBodies bodies,
      ServerConfig config) {
    new ProgressionRoutes(catalog, clock, bodies).routes(r);
    new FidelityRoutes(clock, bodies).routes(r);
    new SocioeconomicRoutes(bodies).routes(r);
    new OutcomesRoutes(bodies, clock).routes(r);
    new AccessRoutes(u.organisations(), u.accounts(), bodies).routes(r);
    new AuditRoutes(u.erasure(), u.audit(), bodies, clock).routes(r);
    new ConsentRoutes(u.consents(), bodies).routes(r);
    new IdentityProviderRoutes(u.sso(), bodies).routes(r);
    new SignInPolicyRoutes(u.secondFactors(), bodies).routes(r);
    new SettingsRoutes(u.settings(), bodies).routes(r);
    AfterClosingRoutes afterClosing = new AfterClosingRoutes(u.afterClosings(), bodies, clock);
    afterClosing.routes(r);
    new MeasurementRoutes(
            u.measurements(),
            u.progression(),
            catalog,
            bodies,
            clock,
            u.caseloads(),
            afterClosing::due)
        .routes(r);
    new MeasurementFileRoutes(u.measurementFiles(), catalog, bodies, clock, config.maxImportBytes())
        .routes(r);
    new RegisterRoutes(u.enrolments(), u.outcomeReports(), u.progression(), catalog, bodies)
        .routes(r);
    new FixedReportRoutes(u.outcomeReports(), bodies).routes(r);
    new PrintRoutes(u, catalog).routes(r);
    new SurveyRoutes(u.survey(), u.surveyTargets(), bodies).routes(r);
    new ReviewRoutes(u.reviews(), bodies).routes(r);
    new SpellRoutes(u.spells(), bodies).routes(r);
    new RegisterReportRoutes(u.registerReports(), u.reviews(), bodies).routes(r);
    new SocioeconomicFromRegisterRoutes(u.registerSocioeconomics(), bodies).routes(r);
    new PrecedesWorkRoutes(u.workSeries(), catalog, bodies, u.settings()).routes(r);
    new QualitySignalRoutes(u.qualitySignals(), catalog, bodies).routes(r);
  }

  private static void settings(JavalinConfig c, ServerConfig config, ObjectMapper mapper) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.requestLogger.http(
        (ctx, ms) -> {
          Endpoint route = ctx.endpoints().lastHttpEndpoint();
          ACCESS.info(
              AccessLog.line(
                  ctx.method().name(),
                  route == null ? "" : route.path,
                  ctx.status().getCode(),
                  ms));
        });
    c.jsonMapper(new JavalinJackson(mapper, false));
    c.http.prefer405over404 = true;
    c.http.maxRequestSize = config.maxBodyBytes();
    // A measurement file uploaded from the pages: held in memory like the API's import body, so
    // that no participant's ratings are written to a temporary file on disk.
    long upload = config.maxImportBytes();
    c.jetty.multipartConfig.maxFileSize(upload, io.javalin.config.SizeUnit.BYTES);
    c.jetty.multipartConfig.maxTotalRequestSize(upload + 65_536, io.javalin.config.SizeUnit.BYTES);
    c.jetty.multipartConfig.maxInMemoryFileSize(
        (int) Math.min(Integer.MAX_VALUE, upload), io.javalin.config.SizeUnit.BYTES);
    c.staticFiles.enableWebjars();
  }

  /** What every API answer carries, and what every API request must accept. */
  private static void apiHeaders(JavalinConfig c, ServerConfig config) {
    // Before anything reads a body, on every path (the sign-in form included).
    c.routes.before(Negotiation::knownCharset);
    c.routes.before(
        "/api/*",
        ctx -> {
          // Answers describe people's progression, however pseudonymous: no cache keeps them,
          // and no browser guesses another content type (the charts are SVG).
          ctx.header("Cache-Control", "no-store");
          ctx.header("X-Content-Type-Options", "nosniff");
          if (Cors.allow(ctx, config.corsOrigins())) {
            return; // a preflight: answered by the OPTIONS route, no key needed
          }
          Negotiation.require(ctx);
          NulCharacters.query(ctx);
        });
    // Labels follow ?lang= or Accept-Language: say which, and tell caches the answer varies with
    // it. Problems set both themselves.
    c.routes.after(
        "/api/*",
        ctx -> {
          if (ctx.status().getCode() < 400) {
            ctx.header("Content-Language", Lang.of(ctx).tag());
            ctx.header(
                "Vary",
                config.corsOrigins().isEmpty() ? "Accept-Language" : "Accept-Language, Origin");
          }
        });
  }

  private static InstrumentCatalog catalog(ServerConfig config) {
    List<Instrument> instruments = new ArrayList<>(BuiltInInstruments.all());
    config.instrumentsDir().ifPresent(dir -> instruments.addAll(instrumentDefinitions(dir)));
    return InstrumentCatalog.of(instruments);
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

  /**
   * The operator's definitions; a bad one stops the start naming the setting, the file and every
   * rule.
   */
  private static List<Instrument> instrumentDefinitions(Path dir) {
    try {
      return InstrumentDefinitions.readDirectory(dir);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("SKAPA_INSTRUMENTS_DIR: " + e.getMessage(), e);
    }
  }
}
