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

  private Redacted(Throwable original) {
    super(original.getClass().getName(), null, false, true);
    setStackTrace(original.getStackTrace());
  }

  /**
   * @param failure what was thrown
   * @return the same chain of classes and frames, without a message
   */
  public static Redacted of(Throwable failure) {
    Redacted top = new Redacted(failure);
    Redacted at = top;
    Throwable cause = failure.getCause();
    for (int depth = 0; cause != null && cause != failure && depth < 8; depth++) {
      Redacted next = new Redacted(cause);
      at.initCause(next);
      at = next;
      cause = cause.getCause();
    }
    return top;
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
