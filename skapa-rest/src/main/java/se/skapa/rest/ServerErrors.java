package se.skapa.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.skapa.app.StoredModeException;
import se.skapa.app.port.StorageException;
import se.skapa.core.common.Language;
import se.skapa.core.common.ValidationException;
import se.skapa.rest.http.ApiException;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.Problem;
import se.skapa.rest.http.Redacted;
import se.skapa.rest.http.Route;
import se.skapa.rest.web.WebRoutes;

/**
 * Every error answered one way: an RFC 9457 problem in the reader's language on the API, the page's
 * own message on a page. Where a request goes wrong is decided once, here.
 */
final class ServerErrors {

  private static final Logger LOG = LoggerFactory.getLogger(SkapaServer.class);

  /** What a request that failed in SKAPA's own code is answered. */
  static final Problem INTERNAL =
      Problem.of(
          500,
          "internal",
          "Internal error",
          "SKAPA could not answer this request; nothing was stored. The error is logged.");

  private final ObjectMapper mapper;
  private final ServerConfig config;
  private final Optional<WebRoutes> web;
  private final List<Route> table;

  ServerErrors(
      ObjectMapper mapper, ServerConfig config, Optional<WebRoutes> web, List<Route> table) {
    this.mapper = mapper;
    this.config = config;
    this.web = web;
    this.table = table;
  }

  /** Registers the handlers, one per kind of failure. */
  void register(JavalinConfig c) {
    c.routes.exception(
        WebRoutes.Redirect.class, (e, ctx) -> ctx.redirect(e.location(), HttpStatus.SEE_OTHER));
    c.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.problem()));
    c.routes.exception(ValidationException.class, this::validation);
    c.routes.exception(StoredModeException.class, this::refused);
    c.routes.exception(StorageException.class, this::storage);
    // Javalin signals an unknown route, a wrong method or a body over its limit by throwing.
    c.routes.exception(HttpResponseException.class, this::http);
    c.routes.exception(Exception.class, this::unexpected);
    // An Error (a stack overflow, an assertion) passes every exception mapper; without this Javalin
    // answers an empty 500. The request's language is gone by then: the problem is in Swedish.
    byte[] fatalBody = json(INTERNAL.in(Language.SV));
    c.router.javaLangErrorHandler(
        (res, err) -> {
          LOG.error("Fatal error while answering a request", Redacted.of(err));
          if (!res.isCommitted()) {
            res.resetBuffer();
            res.setStatus(500);
            res.setContentType(Problem.CONTENT_TYPE);
            res.setHeader("Content-Language", "sv");
            try {
              res.getOutputStream().write(fatalBody);
            } catch (IOException unwritable) {
              LOG.warn("Could not write the 500 problem: {}", unwritable.getMessage());
            }
          }
        });
  }

  private Optional<WebRoutes> page(Context ctx) {
    return web.filter(w -> WebRoutes.isPage(ctx.path()));
  }

  private void validation(ValidationException e, Context ctx) {
    Optional<WebRoutes> w = page(ctx);
    if (w.isPresent()) {
      w.get().message(ctx, 422, w.get().describe(ctx, e.violations().get(0)));
      return;
    }
    problem(ctx, Problem.of(e));
  }

  private void refused(StoredModeException e, Context ctx) {
    Optional<WebRoutes> w = page(ctx);
    if (w.isPresent()) {
      w.get().refusal(ctx, e);
      return;
    }
    // Where what exists can be read is the use case's answer, not a guess from the URL.
    String org = ctx.pathParamMap().get("org");
    if (org != null) {
      e.existingResource()
          .ifPresent(
              resource ->
                  ctx.header("Location", Params.ORGANISATIONS + "/" + org + "/" + resource));
    }
    problem(ctx, Problem.of(e));
  }

  private void storage(StorageException e, Context ctx) {
    LOG.error("Database failure on {}", Redacted.route(ctx), Redacted.of(e));
    problem(
        ctx,
        Problem.of(
            503,
            "database-unavailable",
            "Database unavailable",
            "SKAPA could not reach its database; nothing was stored. Retry in a moment."));
  }

  private void http(HttpResponseException e, Context ctx) {
    Optional<WebRoutes> w = page(ctx);
    if (w.isPresent() && e.getStatus() == 404) {
      w.get().refusal(ctx, StoredModeException.notFound(ctx.path()));
      return;
    }
    if (e.getStatus() == 405) {
      ctx.header("Allow", String.join(", ", allowed(table, ctx.path())));
    }
    problem(ctx, fromJavalin(e, ctx));
  }

  private void unexpected(Exception e, Context ctx) {
    LOG.error("Unexpected error on {}", Redacted.route(ctx), Redacted.of(e));
    Optional<WebRoutes> w = page(ctx);
    if (w.isPresent()) {
      w.get()
          .message(
              ctx, 500, "SKAPA could not show this page; nothing was saved. The error is logged.");
      return;
    }
    problem(ctx, INTERNAL);
  }

  /**
   * What a request Jetty refused before any route is answered, in Swedish (no language is known).
   */
  static Problem jetty(int code) {
    int status = code >= 400 && code < 600 ? code : 400;
    return Problem.of(
            status,
            "http",
            "HTTP error",
            status == 431
                ? "the request's headers are too large"
                : "the request could not be read as HTTP (status " + status + ")")
        .in(Language.SV);
  }

  byte[] json(Problem p) {
    try {
      return mapper.writeValueAsBytes(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem could not be written as JSON", e);
    }
  }

  private void problem(Context ctx, Problem english) {
    // Problems speak the reader's language like the labels do (?lang=, Accept-Language; Swedish
    // by default).
    Language lang = Lang.of(ctx);
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

  private Problem fromJavalin(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 -> ApiException.notFound("no route " + ctx.method() + " " + ctx.path()).problem();
      case 405 ->
          Problem.of(
              405,
              "method-not-allowed",
              "Method not allowed",
              ctx.method() + " is not allowed on " + ctx.path());
      case 413 -> ApiException.tooLarge(config.maxBodyBytes()).problem();
      case 415 -> ApiException.unsupportedMediaType(ctx.header("Content-Type")).problem();
      default ->
          Problem.of(
              e.getStatus() >= 400 && e.getStatus() < 600 ? e.getStatus() : 400,
              "http",
              "HTTP error",
              String.valueOf(e.getMessage()));
    };
  }

  /** The methods the route table has for a path: what a 405 names in its Allow header. */
  static List<String> allowed(List<Route> table, String path) {
    TreeSet<String> methods = new TreeSet<>();
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
}
