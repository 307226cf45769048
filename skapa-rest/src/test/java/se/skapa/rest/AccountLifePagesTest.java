package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An account's whole life in the browser (issue 23): a person changes their own password; an admin
 * disables an account (its session ends at once), enables it again and sets a new password.
 */
class AccountLifePagesTest {

  static final String ORG = "ame-life";
  static final String SECOND = "gurka tåg och blå fåglar";
  static final String THIRD = "sju stenar vid en sjö";
  static TestServer server;
  static TestServer adminKey;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    adminKey = PageClient.organisation(server, ORG);
    BrowserTest.user(adminKey, ORG, "h-3", "handledare");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String enc(String s) {
    return PageClient.enc(s);
  }

  /** A person signed in, or null when the sign-in is refused. */
  static PageClient signIn(String username, String password) throws Exception {
    PageClient c = new PageClient(server);
    return c.signIn(ORG, username, password, "").statusCode() == 303 ? c : null;
  }

  static String csrfOf(PageClient c) throws Exception {
    return PagesTest.csrf(c.get("/app/konto").body());
  }

  @Test
  void a_person_changes_their_own_password() throws Exception {
    PageClient h = signIn("h-3", BrowserTest.PASSWORD);
    String csrf = csrfOf(h);
    HttpResponse<String> wrong =
        h.post(
            "/app/konto/losenord",
            "csrf=" + csrf + "&current=" + enc("inte det här") + "&password=" + enc(SECOND));
    assertEquals(422, wrong.statusCode());
    assertTrue(wrong.body().contains("nuvarande lösenordet stämmer inte"), wrong.body());
    HttpResponse<String> common =
        h.post(
            "/app/konto/losenord",
            "csrf=" + csrf + "&current=" + enc(BrowserTest.PASSWORD) + "&password=Sommar2024!!");
    assertEquals(422, common.statusCode());
    assertTrue(common.body().contains("för vanligt"), common.body());
    HttpResponse<String> ok =
        h.post(
            "/app/konto/losenord",
            "csrf=" + csrf + "&current=" + enc(BrowserTest.PASSWORD) + "&password=" + enc(SECOND));
    assertEquals(200, ok.statusCode());
    assertTrue(ok.body().contains("Lösenordet är bytt"), ok.body());
    assertEquals(null, signIn("h-3", BrowserTest.PASSWORD), "the old password no longer");
    assertTrue(signIn("h-3", SECOND) != null, "the new one");

    // An admin disables the account: its session ends at once, and it signs in no more.
    PageClient admin = signIn("admin", BrowserTest.PASSWORD);
    PageClient session = signIn("h-3", SECOND);
    String adminCsrf = PagesTest.csrf(admin.get("/app/admin").body());
    assertEquals(
        200, admin.post("/app/admin/disable", "csrf=" + adminCsrf + "&username=h-3").statusCode());
    assertTrue(admin.get("/app/admin").body().contains("(avstängt)"));
    assertEquals(303, session.get("/app").statusCode(), "its session ended");
    assertEquals(null, signIn("h-3", SECOND), "disabled: no sign-in");
    HttpResponse<String> self =
        admin.post("/app/admin/disable", "csrf=" + adminCsrf + "&username=admin");
    assertEquals(409, self.statusCode(), "an admin does not disable their own account");

    assertEquals(
        200, admin.post("/app/admin/enable", "csrf=" + adminCsrf + "&username=h-3").statusCode());
    assertEquals(
        200,
        admin
            .post(
                "/app/admin/password", "csrf=" + adminCsrf + "&username=h-3&password=" + enc(THIRD))
            .statusCode());
    assertEquals(null, signIn("h-3", SECOND), "the admin's new password replaces the person's");
    assertTrue(signIn("h-3", THIRD) != null, "enabled again, with the new password");
  }

  @Test
  void the_admin_page_refuses_in_swedish_without_api_words() throws Exception {
    PageClient admin = signIn("admin", BrowserTest.PASSWORD);
    String csrf = PagesTest.csrf(admin.get("/app/admin").body());
    String form = "csrf=" + csrf + "&username=h-3&password=" + enc("fyra ord som inte hör ihop");
    HttpResponse<String> taken = admin.post("/app/admin/users", form + "&roles=handledare");
    assertEquals(409, taken.statusCode());
    assertTrue(taken.body().contains("Det finns redan"), taken.body());
    HttpResponse<String> noRole = admin.post("/app/admin/users", form.replace("h-3", "h-4"));
    assertEquals(422, noRole.statusCode());
    assertTrue(noRole.body().contains("minst en roll"), noRole.body());
    assertTrue(!noRole.body().contains("needs at least one role"), "no English on a Swedish page");
  }

  @Test
  void an_admin_limits_a_new_account_to_a_service_on_the_page() throws Exception {
    TestServer key = adminKey;
    key.post("/api/v1/organisations/" + ORG + "/services", "{\"id\":\"vux\",\"name\":\"VUX\"}");
    PageClient admin = signIn("admin", BrowserTest.PASSWORD);
    String page = admin.get("/app/admin").body();
    assertTrue(page.contains("name=\"services\" value=\"vux\""), "a service to tick");
    HttpResponse<String> made =
        admin.post(
            "/app/admin/users",
            "csrf="
                + PagesTest.csrf(page)
                + "&username=h-vux&password="
                + enc("fyra ord som inte hör ihop")
                + "&roles=handledare&services=vux");
    assertEquals(200, made.statusCode(), made.body());
    assertEquals(
        "vux",
        key.get("/api/v1/organisations/" + ORG + "/users").json().findParents("username").stream()
            .filter(u -> u.get("username").asText().equals("h-vux"))
            .findFirst()
            .orElseThrow()
            .at("/services/0")
            .asText(),
        "the account is limited to VUX");
  }
}
