package se.skapa.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import se.skapa.app.port.Storage;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/** What describes the server: its health, its OpenAPI document and the page that shows it. */
final class DocsRoutes {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(2);

  private final byte[] openApi = resource("/skapa/openapi.json");
  private final String docsPage =
      new String(resource("/skapa/docs.html"), StandardCharsets.UTF_8)
          .replace("${swaggerUiVersion}", swaggerUiVersion());

  private final Optional<Storage> storage;

  /**
   * Swagger UI's page: its scripts from the server, its one inline script by hash, its styles
   * inline (Swagger UI sets style attributes), the document fetched from the server.
   */
  private final String docsPolicy =
      "default-src 'none'; script-src 'self' '"
          + inlineScriptHash(docsPage)
          + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  /**
   * @param storage stored mode's database, which readiness asks; empty for a stateless server
   */
  DocsRoutes(Optional<Storage> storage) {
    this.storage = storage;
  }

  void routes(Router r) {
    r.get("/health", Access.OPEN, ctx -> ctx.json(Map.of("status", "UP")));
    r.get("/health/ready", Access.OPEN, this::ready);
    r.get("/openapi.json", Access.OPEN, ctx -> ctx.contentType("application/json").result(openApi));
    r.get(
        "/docs",
        Access.OPEN,
        ctx -> {
          // The pages' headers; the content policy lets the page's one inline script run by its
          // hash.
          ctx.header("Content-Security-Policy", docsPolicy);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("X-Frame-Options", "DENY");
          ctx.html(docsPage);
        });
  }

  /**
   * Readiness for a load balancer: 200 when the server can answer stored mode (its database answers
   * within two seconds), 503 with Retry-After when it cannot. {@code /health} is liveness: the
   * process answers.
   */
  private void ready(Context ctx) {
    boolean up = storage.map(s -> s.reachable(READY_TIMEOUT)).orElse(true);
    if (!up) {
      ctx.header("Retry-After", "5");
    }
    ctx.status(up ? 200 : 503)
        .json(
            Map.of(
                "status", up ? "UP" : "DOWN",
                "database", storage.isEmpty() ? "NONE" : up ? "UP" : "DOWN"));
  }

  /** Without the pages, the root says what this is and where its description is. */
  static void root(RoutesConfig routes) {
    routes.get(
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

  /** The CSP source of the page's inline script: {@code sha256-} and its digest in base 64. */
  static String inlineScriptHash(String page) {
    int open = page.lastIndexOf("<script>");
    int close = page.indexOf("</script>", open);
    if (open < 0 || close < 0) {
      throw new IllegalStateException("the docs page has no inline script");
    }
    String script = page.substring(open + "<script>".length(), close);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
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
}
