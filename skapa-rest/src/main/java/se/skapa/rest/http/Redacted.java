package se.skapa.rest.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/**
 * What the server log may hold of a failed request: the route's template and the failure's classes
 * and stack, never a path's values, a body or an exception's message (which can quote a
 * participant's key or a stored value). Erasure cannot reach a log, so nothing personal goes in.
 */
public final class Redacted extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private Redacted(Throwable original, @org.jspecify.annotations.Nullable Redacted cause) {
    super(original.getClass().getName(), cause, false, true);
    setStackTrace(original.getStackTrace());
  }

  /**
   * @param failure what was thrown
   * @return the same chain of classes and frames, without a message
   */
  public static Redacted of(Throwable failure) {
    // Built from the deepest cause up: a cause given to the constructor, even none, cannot be set
    // again, so a chain set afterwards failed on the first exception that had a cause.
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    Throwable at = failure;
    for (int depth = 0; at != null && depth < 9 && !chain.contains(at); depth++) {
      chain.add(at);
      at = at.getCause();
    }
    Redacted out = null;
    for (int i = chain.size() - 1; i >= 0; i--) {
      out = new Redacted(chain.get(i), out);
    }
    return java.util.Objects.requireNonNull(out);
  }

  /**
   * @param ctx a request
   * @return its method and route template, e.g. {@code POST
   *     /api/v1/organisations/{org}/measurements}; the method and "(no route)" when none matched
   */
  public static String route(Context ctx) {
    Endpoint e = ctx.endpoints().lastHttpEndpoint();
    return ctx.method().name() + " " + (e == null ? "(no route)" : e.path);
  }
}
