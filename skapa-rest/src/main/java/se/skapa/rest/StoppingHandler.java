package se.skapa.rest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import se.skapa.rest.http.Problem;

/**
 * Jetty's graceful stop, speaking SKAPA: requests already received finish; a request that arrives on an open
 * connection while the server stops gets a problem+json 503 with {@code Retry-After}, not Jetty's HTML page.
 */
final class StoppingHandler extends GracefulHandler {

    /** Seconds a client waits before retrying: long enough for a restart or for another instance to take over. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final byte[] BODY = ("{\"type\":\"" + Problem.BASE + "stopping\",\"title\":\"Stopping\",\"status\":503,"
            + "\"detail\":\"SKAPA is stopping; this request was not handled and nothing was stored. Retry in "
            + RETRY_AFTER_SECONDS + " seconds.\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!isShutdown()) {
            return super.handle(request, response, callback);
        }
        response.setStatus(503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(BODY), callback);
        return true;
    }
}
