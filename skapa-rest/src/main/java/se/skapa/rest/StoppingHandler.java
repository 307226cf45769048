package se.skapa.rest;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import se.skapa.rest.http.Problem;

/**
 * Jetty's graceful stop, speaking SKAPA: requests already received finish; a request that arrives
 * on an open connection while the server stops gets a problem+json 503 with {@code Retry-After},
 * not Jetty's HTML page.
 */
final class StoppingHandler extends GracefulHandler {

  /**
   * Seconds a client waits before retrying: long enough for a restart or for another instance to
   * take over.
   */
  static final int RETRY_AFTER_SECONDS = 5;

  /** The problem every refused request gets: written once, when the server is built. */
  static final Problem STOPPING =
      Problem.of(
          503,
          "stopping",
          "Stopping",
          "SKAPA is stopping; this request was not handled and nothing was stored. Retry in "
              + RETRY_AFTER_SECONDS
              + " seconds.");

  private final byte[] body;

  /**
   * @param body {@link #STOPPING} as the server's JSON writer writes it
   */
  StoppingHandler(byte[] body) {
    this.body = body.clone();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!isShutdown()) {
      return super.handle(request, response, callback);
    }
    response.setStatus(503);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }
}
