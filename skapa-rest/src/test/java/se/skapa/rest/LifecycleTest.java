package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  @Test
  void a_request_in_flight_when_the_server_stops_still_gets_its_answer() throws Exception {
    SkapaServer server = SkapaServer.create(ServerConfig.forTests(), TestServer.CLOCK).start();
    byte[] body =
        "{\"total\":1000,\"members\":[{\"name\":\"A\",\"share\":0.5},{\"name\":\"B\",\"share\":0.5}]}"
            .getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/finsam/allocation HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 10);
      out.flush();
      Thread.sleep(300);
      // The request is being handled (its body half read) when the server is told to stop.
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
      Thread.sleep(300);
      out.write(body, 10, body.length - 10);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      stopping.get(25, TimeUnit.SECONDS);
      assertTrue(response.startsWith("HTTP/1.1 200"), response);
      assertTrue(response.contains("\"kommuner\":250"), response);
    }
  }

  @Test
  void a_request_arriving_while_the_server_stops_gets_a_problem_with_retry_after_not_an_html_page()
      throws Exception {
    SkapaServer server = SkapaServer.create(ServerConfig.forTests(), TestServer.CLOCK).start();
    byte[] body =
        "{\"total\":1000,\"members\":[{\"name\":\"A\",\"share\":1}]}"
            .getBytes(StandardCharsets.UTF_8);
    try (Socket keepAlive = new Socket("127.0.0.1", server.port());
        Socket slow = new Socket("127.0.0.1", server.port())) {
      OutputStream a = keepAlive.getOutputStream();
      InputStream in = keepAlive.getInputStream();
      a.write(
          "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      a.flush();
      String first = readResponse(in);
      assertTrue(first.startsWith("HTTP/1.1 200"), first);
      // A request half sent keeps the server stopping (in flight) while the open connection asks
      // again.
      OutputStream s = slow.getOutputStream();
      s.write(
          ("POST /api/v1/finsam/allocation HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      s.write(body, 0, 5);
      s.flush();
      Thread.sleep(300);
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
      Thread.sleep(500);
      a.write(
          "GET /api/v1/instruments HTTP/1.1\r\nHost: localhost\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      a.flush();
      String refused = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
      assertTrue(
          refused.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"),
          refused);
      assertTrue(refused.contains("Retry-After: " + StoppingHandler.RETRY_AFTER_SECONDS), refused);
      s.write(body, 5, body.length - 5);
      s.flush();
      String finished = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(
          finished.startsWith("HTTP/1.1 200"),
          "the request received before the stop is answered: " + finished);
      stopping.get(25, TimeUnit.SECONDS);
    }
  }

  /**
   * One HTTP/1.1 response with a Content-Length, read without waiting for the connection to close.
   */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      head.append((char) c);
    }
    Matcher m = Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
    int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
