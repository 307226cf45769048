package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages' protocol, without a browser: headers, sessions, CSRF, redirects. */
class PagesTest {

  static TestServer server;
  static String base;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    base = "http://127.0.0.1:" + server.server.port();
    server.post(
        "/api/v1/organisations",
        "{\"id\":\"ame-pages\",\"name\":\"AME\",\"adminPassword\":\""
            + BrowserTest.PASSWORD
            + "\"}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A browser-like client: its own cookie jar, no redirects followed. */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  static HttpResponse<String> get(HttpClient c, String path) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(HttpClient c, String path, String form, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(m.find(), html);
    return m.group(1);
  }

  static HttpClient signedIn() throws Exception {
    HttpClient c = client();
    String token = csrf(get(c, "/login").body());
    HttpResponse<String> r =
        post(
            c,
            "/login",
            "csrf="
                + token
                + "&org=ame-pages&username=admin&password="
                + URLEncoder.encode(BrowserTest.PASSWORD, StandardCharsets.UTF_8));
    assertEquals(303, r.statusCode(), r.body());
    assertEquals("/app", r.headers().firstValue("Location").orElse(""));
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(h -> h.startsWith("skapa_session="))
            .findFirst()
            .orElseThrow();
    assertTrue(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        cookie);
    return c;
  }

  @Test
  void every_page_carries_a_strict_policy_and_no_caching() throws Exception {
    HttpResponse<String> login = get(client(), "/login");
    assertEquals(200, login.statusCode());
    String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(
        csp.contains("default-src 'none'")
            && csp.contains("frame-ancestors 'none'")
            && !csp.contains("unsafe-inline"),
        csp);
    assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("no-referrer", login.headers().firstValue("Referrer-Policy").orElse(""));
    assertTrue(
        login.body().startsWith("<!DOCTYPE html>") && login.body().contains("<html lang=\"sv\">"),
        "Swedish by default");
    assertFalse(login.body().contains("<script"), "no script at all");
  }

  @Test
  void without_a_session_every_app_page_goes_to_the_sign_in_page() throws Exception {
    for (String path : new String[] {"/app", "/app/admin", "/app/participants/p-1"}) {
      HttpResponse<String> r = get(client(), path);
      assertEquals(303, r.statusCode(), path);
      assertEquals(
          "/login?back=" + URLEncoder.encode(path, StandardCharsets.UTF_8),
          r.headers().firstValue("Location").orElse(""));
    }
    HttpResponse<String> forged = get(client(), "/app");
    assertEquals(303, forged.statusCode());
  }

  @Test
  void a_form_without_its_token_or_from_another_site_is_refused_and_changes_nothing()
      throws Exception {
    HttpClient c = signedIn();
    String admin = get(c, "/app/admin").body();
    HttpResponse<String> noToken = post(c, "/app/admin/services", "id=vux&name=Vux");
    assertEquals(403, noToken.statusCode());
    HttpResponse<String> otherSite =
        post(
            c,
            "/app/admin/services",
            "csrf=" + csrf(admin) + "&id=vux&name=Vux",
            "Origin",
            "https://evil.example");
    assertEquals(403, otherSite.statusCode());
    assertFalse(get(c, "/app/admin").body().contains(">vux<"), "nothing was created");
    HttpResponse<String> ok =
        post(c, "/app/admin/services", "csrf=" + csrf(admin) + "&id=vux&name=Vux");
    assertEquals(200, ok.statusCode());
    assertTrue(ok.body().contains(">vux<"));
  }

  @Test
  void sign_in_needs_the_form_from_this_server_and_a_wrong_password_says_nothing_more()
      throws Exception {
    HttpClient c = client();
    HttpResponse<String> noForm =
        post(c, "/login", "csrf=x&org=ame-pages&username=admin&password=" + BrowserTest.PASSWORD);
    assertEquals(401, noForm.statusCode());
    String token = csrf(get(c, "/login").body());
    HttpResponse<String> wrong =
        post(
            c,
            "/login",
            "csrf=" + token + "&org=ame-pages&username=admin&password=fel+fel+fel+fel");
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("Fel användarnamn eller lösenord"), wrong.body());
    assertTrue(
        wrong.headers().allValues("Set-Cookie").stream()
            .noneMatch(h -> h.startsWith("skapa_session=")));
  }

  @Test
  void a_person_signs_in_with_the_organisations_name_and_the_page_says_how_to_get_an_account()
      throws Exception {
    server.post(
        "/api/v1/organisations",
        "{\"id\":\"sn-forbund\",\"name\":\"Södra Norrbottens samordningsförbund\","
            + "\"adminPassword\":\""
            + BrowserTest.PASSWORD
            + "\"}");
    HttpClient c = client();
    String page = get(c, "/login").body();
    assertTrue(page.contains("Inget konto?"), "how to get an account is said: " + page);
    HttpResponse<String> in =
        post(
            c,
            "/login",
            "csrf="
                + csrf(page)
                + "&org="
                + PageClient.enc("södra norrbottens samordningsförbund")
                + "&username=admin&password="
                + PageClient.enc(BrowserTest.PASSWORD));
    assertEquals(303, in.statusCode(), "the name, in any case, is the organisation: " + in.body());
  }

  @Test
  void signing_out_ends_the_session_on_the_server() throws Exception {
    CookieManager jar = new CookieManager();
    HttpClient c =
        HttpClient.newBuilder()
            .cookieHandler(jar)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String token = csrf(get(c, "/login").body());
    post(
        c,
        "/login",
        "csrf="
            + token
            + "&org=ame-pages&username=admin&password="
            + URLEncoder.encode(BrowserTest.PASSWORD, StandardCharsets.UTF_8));
    String session =
        jar.getCookieStore().getCookies().stream()
            .filter(k -> k.getName().equals("skapa_session"))
            .findFirst()
            .orElseThrow()
            .getValue();
    HttpResponse<String> home = get(c, "/app");
    assertEquals(200, home.statusCode());
    assertEquals(303, post(c, "/logout", "csrf=" + csrf(home.body())).statusCode());
    // The browser forgets the cookie; someone who copied it must find it worthless too.
    HttpResponse<String> replay =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/app"))
                    .header("Cookie", "skapa_session=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(303, replay.statusCode(), "the old cookie no longer opens anything");
  }
}
