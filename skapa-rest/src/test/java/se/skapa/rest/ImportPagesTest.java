package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A measurement file uploaded in the browser (issue 23): the preview names every fault of every
 * line in Swedish and stores nothing; a right file, in Swedish columns, is previewed and imported.
 */
class ImportPagesTest {

  static final String ORG = "ame-import";
  static TestServer server;
  static TestServer key;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    TestServer admin = PageClient.organisation(server, ORG);
    String base = "/api/v1/organisations/" + ORG;
    PageClient.service(admin, ORG, "steget-fram", "Steget fram");
    BrowserTest.user(admin, ORG, "h-6", "handledare");
    key =
        server.as(
            admin
                .post(base + "/keys", "{\"holder\":\"sys\",\"roles\":[\"handledare\"]}")
                .json()
                .get("key")
                .asText());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> upload(PageClient c, String csrf, String mode, String csv)
      throws Exception {
    String boundary = "----skapa" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
            + csrf
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n"
            + mode
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matningar.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    return c.http.send(
        HttpRequest.newBuilder(URI.create(c.base + "/app/import"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Origin", c.base)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_file_with_three_faults_is_shown_line_by_line_and_a_right_one_is_imported()
      throws Exception {
    PageClient c = new PageClient(server);
    assertEquals(303, c.signIn(ORG, "h-6", BrowserTest.PASSWORD, "").statusCode());
    String page = c.get("/app/import").body();
    String csrf = PagesTest.csrf(page);
    String header =
        "verksamhet;deltagare;instrument;svarande;datum;Hantering av hälsa;Samarbetsförmåga\n";
    HttpResponse<String> bad =
        upload(
            c,
            csrf,
            "preview",
            header
                + "steget-fram;p-1;skapa;Deltagare;2026-03-01;11;4\n"
                + "steget-fran;p-2;skapa;Deltagare;2026-03-01;3;4\n"
                + "steget-fram;p-3;skapa;Deltagare\n");
    assertEquals(422, bad.statusCode(), bad.body());
    String faults = bad.body().substring(bad.body().indexOf("import-faults"));
    for (String line : new String[] {">2<", ">3<", ">4<"}) {
      assertTrue(faults.contains(line), "line " + line + " named: " + faults);
    }
    assertTrue(faults.contains("1–10"), "the score's range, in Swedish: " + faults);
    assertTrue(faults.contains("verksamhet"), "the unknown service: " + faults);
    assertTrue(faults.contains("kort rad"), "the short row: " + faults);
    assertFalse(
        key.get("/api/v1/organisations/" + ORG + "/exports/measurements.csv")
            .body()
            .contains("p-1"),
        "nothing stored");

    String good =
        header
            + "steget-fram;p-1;skapa;Deltagare;2026-03-01;6;4\n"
            + "steget-fram;p-2;skapa;Deltagare;2026-03-02;3;;\n".replace(";;\n", ";\n");
    HttpResponse<String> preview = upload(c, csrf, "preview", good);
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains("2 mätningar kan importeras"), preview.body());
    HttpResponse<String> stored = upload(c, csrf, "import", good);
    assertEquals(201, stored.statusCode(), stored.body());
    assertTrue(stored.body().contains("2 mätningar importerades"), stored.body());
    String export = key.get("/api/v1/organisations/" + ORG + "/exports/measurements.csv").body();
    assertTrue(export.contains("p-1") && export.contains("p-2"), export);
  }
}
