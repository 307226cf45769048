package se.skapa.rest;

import io.javalin.config.JavalinConfig;
import java.nio.ByteBuffer;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;
import org.jspecify.annotations.Nullable;

/** The server's limits and its graceful stop, set on Jetty. */
final class Jetty {

  private static final long STOP_TIMEOUT_MS = 20_000;

  /** Open connections at most; beyond, new ones wait in the backlog until one closes. */
  static final int MAX_CONNECTIONS = 1_000;

  /** A connection silent this long (while sending headers too) is closed. */
  static final long IDLE_TIMEOUT_MS = 30_000;

  private Jetty() {}

  /**
   * In-flight requests finish on stop (SIGTERM); new ones are refused with {@code stoppingBody}.
   * Javalin attaches its context inside the innermost wrapper, so the request counter set here
   * wraps everything. At most {@link #MAX_CONNECTIONS} open connections (more wait in the kernel's
   * backlog), and a connection that sends nothing, headers included, for {@link #IDLE_TIMEOUT_MS}
   * is closed.
   */
  static void configure(
      JavalinConfig c, ServerConfig config, byte[] stoppingBody, IntFunction<byte[]> errorBody) {
    c.jetty.host = config.bind();
    c.jetty.port = config.port();
    c.jetty.modifyServer(
        server -> {
          server.setStopTimeout(STOP_TIMEOUT_MS);
          server.setErrorHandler(new ProblemErrors(errorBody));
          server.setHandler(new StoppingHandler(stoppingBody));
          server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
          server.addEventListener(
              new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                  for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector ac) {
                      ac.setIdleTimeout(IDLE_TIMEOUT_MS);
                    }
                  }
                }
              });
        });
    c.jetty.modifyHttpConfiguration(Jetty::dispatchOnHeaders);
  }

  /**
   * What Jetty answers itself, before a request reaches a route (a malformed request line, headers
   * too large): the same problem+json as every other refusal, never Jetty's HTML page.
   */
  static final class ProblemErrors extends ErrorHandler {
    private final IntFunction<byte[]> body;

    ProblemErrors(IntFunction<byte[]> body) {
      this.body = body;
    }

    @Override
    protected void generateResponse(
        Request request,
        Response response,
        int code,
        @Nullable String message,
        @Nullable Throwable cause,
        Callback callback) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
      response.getHeaders().put("Content-Language", "sv");
      response.write(true, ByteBuffer.wrap(body.apply(code)), callback);
    }
  }

  /**
   * Dispatching on headers makes a request still uploading its body count as in flight for the
   * graceful stop. Jetty 12.1 marks the switch for removal without a replacement yet; revisit when
   * it goes.
   */
  @SuppressWarnings("removal")
  private static void dispatchOnHeaders(HttpConfiguration http) {
    http.setDelayDispatchUntilContent(false);
  }
}
