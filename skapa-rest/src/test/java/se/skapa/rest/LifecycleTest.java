package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void a_request_in_flight_when_the_server_stops_still_gets_its_answer() throws Exception {
        SkapaServer server = SkapaServer.create(ServerConfig.forTests(), TestServer.CLOCK).start();
        byte[] body = "{\"total\":1000,\"members\":[{\"name\":\"A\",\"share\":0.5},{\"name\":\"B\",\"share\":0.5}]}"
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/finsam/allocation HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
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
}
