package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void a_request_in_flight_when_the_server_stops_still_gets_its_answer() throws Exception {
        SkapaServer server = SkapaServer.create(ServerConfig.forTests(), TestServer.CLOCK).start();
        String body = "{\"total\":1000,\"members\":[{\"name\":\"A\",\"share\":0.5},{\"name\":\"B\",\"share\":0.5}]}";
        byte[] head = body.substring(0, 10).getBytes(StandardCharsets.UTF_8);
        byte[] tail = body.substring(10).getBytes(StandardCharsets.UTF_8);
        InputStream slowTail = new InputStream() {
            private final InputStream rest = new ByteArrayInputStream(tail);
            private boolean waited;

            @Override
            public int read() throws java.io.IOException {
                if (!waited) {
                    waited = true;
                    sleep(800);
                }
                return rest.read();
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/finsam/allocation"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(new ByteArrayInputStream(head), slowTail)))
                .build();
        CompletableFuture<HttpResponse<String>> reply = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
        sleep(300);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        HttpResponse<String> r = reply.get(10, TimeUnit.SECONDS);
        stopping.get(25, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
