package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail with filters (issue 23): who, what, which participant and which days, without the
 * admin's own reads unless asked for, on the real database.
 */
class AuditPagesTest {

  static final String ORG = "ame-audit";
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    TestServer admin = PageClient.organisation(server, ORG);
    String base = "/api/v1/organisations/" + ORG;
    PageClient.service(admin, ORG, "steget-fram", "Steget fram");
    TestServer h =
        server.as(
            admin
                .post(base + "/keys", "{\"holder\":\"h-5\",\"roles\":[\"handledare\"]}")
                .json()
                .get("key")
                .asText());
    h.post(base + "/measurements", StoredModeTest.self("p-1", "2026-03-01", "{\"job-belief\":2}"));
    h.post(base + "/measurements", StoredModeTest.self("p-2", "2026-03-02", "{\"job-belief\":3}"));
    assertEquals(200, h.get(base + "/participants/p-1/progression").status());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The trail's table only: the form above it names every action. */
  static String lines(String page) {
    int from = page.indexOf("<tbody>");
    return from < 0 ? "" : page.substring(from, page.indexOf("</tbody>", from));
  }

  @Test
  void an_admin_filters_the_trail_and_their_own_page_views_do_not_drown_it() throws Exception {
    PageClient admin = new PageClient(server);
    assertEquals(303, admin.signIn(ORG, "admin", BrowserTest.PASSWORD, "").statusCode());
    for (int i = 0; i < 3; i++) {
      assertEquals(200, admin.get("/app/admin").statusCode());
    }
    String all = lines(admin.get("/app/admin/audit").body());
    assertTrue(all.contains("p-1") && all.contains("p-2"), all);
    assertFalse(all.contains("läste loggen"), "the admin's own reads are left out: " + all);
    String mine = lines(admin.get("/app/admin/audit?mine=on").body());
    assertTrue(mine.contains("läste loggen"), "and shown when asked for: " + mine);

    String one = lines(admin.get("/app/admin/audit?participant=p-1").body());
    assertTrue(one.contains("läste deltagarens progression"), one);
    assertFalse(one.contains("p-2"), "only p-1's lines: " + one);

    String read =
        lines(admin.get("/app/admin/audit?what=participant.progression.read&who=h-5").body());
    assertTrue(read.contains("p-1") && !read.contains("p-2"), read);
    assertTrue(admin.get("/app/admin/audit?who=nobody").body().contains("Inga rader med de valen"));
    assertTrue(
        admin.get("/app/admin").body().contains("/app/admin/audit"), "the admin page links it");

    HttpResponse<String> earlier = admin.get("/app/admin/audit?from=2020-01-01&to=2020-01-31");
    assertEquals(200, earlier.statusCode());
    assertTrue(earlier.body().contains("Inga rader med de valen"), earlier.body());
    HttpResponse<String> bad = admin.get("/app/admin/audit?from=2026-13-01");
    assertEquals(422, bad.statusCode(), "a wrong date is a refusal naming it, never a 500");
  }
}
