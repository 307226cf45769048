package se.skapa.rest.http;

import io.javalin.http.Context;
import java.util.List;

/**
 * Cross-origin calls from the browser pages of origins a kommun allows ({@code
 * SKAPA_CORS_ORIGINS}), none by default. An allowed origin gets its own name back, never {@code *}:
 * answers are about people.
 */
public final class Cors {

  private static final String HEADERS =
      "Authorization, Content-Type, Accept, Accept-Language, If-Match, Idempotency-Key";
  private static final String EXPOSED =
      "ETag, Location, Content-Language, Content-Disposition, Retry-After";

  private Cors() {}

  /**
   * Adds the CORS headers for an allowed origin.
   *
   * @return true for a preflight ({@code OPTIONS}), which needs no key and is answered 204
   */
  public static boolean allow(Context ctx, List<String> origins) {
    String origin = ctx.header("Origin");
    boolean allowed = origin != null && origins.contains(origin);
    if (allowed) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Expose-Headers", EXPOSED);
    }
    if (!"OPTIONS".equals(ctx.method().name())) {
      return false;
    }
    // Allow and Access-Control-Allow-Methods name the path's own methods: the route's preflight
    // handler (Router) sets them.
    if (allowed) {
      ctx.header("Access-Control-Allow-Headers", HEADERS);
      ctx.header("Access-Control-Max-Age", "600");
    }
    ctx.header("Vary", "Origin");
    return true;
  }
}
