package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
  static String base;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    base = "http://127.0.0.1:" + server.server.port();
    TestServer admin =
        server.as(
            server
                .post(
                    "/api/v1/organisations",
                    "{\"id\":\""
                        + ORG
                        + "\",\"name\":\"AME\",\"adminPassword\":\""
                        + BrowserTest.PASSWORD
                        + "\"}")
                .json()
                .at("/adminKey/key")
                .asText());
    BrowserTest.user(admin, ORG, "h-3", "handledare");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(HttpClient c, String path) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(HttpClient c, String path, String form) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A signed-in client, or null when the sign-in is refused. */
  static HttpClient signIn(String username, String password) throws Exception {
    HttpClient c = PagesTest.client();
    String csrf = PagesTest.csrf(get(c, "/login").body());
    HttpResponse<String> r =
        post(
            c,
            "/login",
            "csrf="
                + csrf
                + "&org="
                + ORG
                + "&username="
                + username
                + "&password="
                + enc(password));
    return r.statusCode() == 303 ? c : null;
  }

  static String csrfOf(HttpClient c) throws Exception {
    return PagesTest.csrf(get(c, "/app/konto").body());
  }

  @Test
  void a_person_changes_their_own_password() throws Exception {
    HttpClient h = signIn("h-3", BrowserTest.PASSWORD);
    String csrf = csrfOf(h);
    HttpResponse<String> wrong =
        post(
            h,
            "/app/konto/losenord",
            "csrf=" + csrf + "&current=" + enc("inte det här") + "&password=" + enc(SECOND));
    assertEquals(422, wrong.statusCode());
    assertTrue(wrong.body().contains("nuvarande lösenordet stämmer inte"), wrong.body());
    HttpResponse<String> common =
        post(
            h,
            "/app/konto/losenord",
            "csrf=" + csrf + "&current=" + enc(BrowserTest.PASSWORD) + "&password=Sommar2024!!");
    assertEquals(422, common.statusCode());
    assertTrue(common.body().contains("för vanligt"), common.body());
    HttpResponse<String> ok =
        post(
            h,
            "/app/konto/losenord",
            "csrf=" + csrf + "&current=" + enc(BrowserTest.PASSWORD) + "&password=" + enc(SECOND));
    assertEquals(200, ok.statusCode());
    assertTrue(ok.body().contains("Lösenordet är bytt"), ok.body());
    assertEquals(null, signIn("h-3", BrowserTest.PASSWORD), "the old password no longer");
    assertTrue(signIn("h-3", SECOND) != null, "the new one");

    // An admin disables the account: its session ends at once, and it signs in no more.
    HttpClient admin = signIn("admin", BrowserTest.PASSWORD);
    HttpClient session = signIn("h-3", SECOND);
    String adminCsrf = PagesTest.csrf(get(admin, "/app/admin").body());
    assertEquals(
        200, post(admin, "/app/admin/disable", "csrf=" + adminCsrf + "&username=h-3").statusCode());
    assertTrue(get(admin, "/app/admin").body().contains("(avstängt)"));
    assertEquals(303, get(session, "/app").statusCode(), "its session ended");
    assertEquals(null, signIn("h-3", SECOND), "disabled: no sign-in");
    HttpResponse<String> self =
        post(admin, "/app/admin/disable", "csrf=" + adminCsrf + "&username=admin");
    assertEquals(409, self.statusCode(), "an admin does not disable their own account");

    assertEquals(
        200, post(admin, "/app/admin/enable", "csrf=" + adminCsrf + "&username=h-3").statusCode());
    assertEquals(
        200,
        post(
                admin,
                "/app/admin/password",
                "csrf=" + adminCsrf + "&username=h-3&password=" + enc(THIRD))
            .statusCode());
    assertEquals(null, signIn("h-3", SECOND), "the admin's new password replaces the person's");
    assertTrue(signIn("h-3", THIRD) != null, "enabled again, with the new password");
  }
}
