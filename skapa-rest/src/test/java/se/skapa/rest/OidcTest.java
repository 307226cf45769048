package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with the organisation's identity provider, against a real OpenID Connect provider started
 * by the test (mock-oauth2-server): the authorization code flow with PKCE, and what is refused — a
 * token for another audience, an expired one, a state used twice, a token from another issuer on
 * the API; sign-out; passwords switched off.
 */
class OidcTest {

  static final String ORG = "ame-oidc";
  static final String ISSUER_ID = "kommun";
  static MockOAuth2Server idp;
  static TestServer server;
  static TestServer admin;
  static String base;

  @BeforeAll
  static void start() {
    idp = new MockOAuth2Server();
    idp.start();
    server = TestServer.stored(ServerConfig.forTests());
    base = "http://127.0.0.1:" + server.server.port();
    admin =
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
    admin.post(
        "/api/v1/organisations/" + ORG + "/services", "{\"id\":\"steget-fram\",\"name\":\"S\"}");
    configure(true);
  }

  static void configure(boolean passwords) {
    TestServer.Reply r =
        admin.send(
            "PUT",
            "/api/v1/organisations/" + ORG + "/identity-provider",
            "{\"issuer\":\""
                + idp.issuerUrl(ISSUER_ID)
                + "\",\"clientId\":\"skapa\",\"staffClaim\":\"staff\",\"rolesClaim\":\"roles\","
                + "\"roleValues\":{\"skapa-handledare\":\"handledare\",\"skapa-admin\":\"admin\"},"
                + "\"apiAudience\":\"skapa-api\",\"passwordsAllowed\":"
                + passwords
                + "}");
    assertEquals(200, r.status(), r.body());
  }

  @AfterAll
  static void stop() {
    server.close();
    idp.shutdown();
  }

  static DefaultOAuth2TokenCallback person(List<String> audience, long expiresIn) {
    return new DefaultOAuth2TokenCallback(
        ISSUER_ID,
        "sub-h-7",
        "JWT",
        audience,
        Map.of("staff", "h-7", "roles", List.of("skapa-handledare")),
        expiresIn);
  }

  static HttpResponse<String> get(HttpClient c, String url) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url)).build(),
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

  static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(r.body()));
  }

  /** To the provider and back; the provider's redirect to the callback, not yet followed. */
  static String toProviderAndBack(HttpClient c) throws Exception {
    HttpResponse<String> begin = get(c, "/login/oidc?org=" + ORG);
    assertEquals(303, begin.statusCode(), begin.body());
    String authorize = location(begin);
    assertTrue(authorize.startsWith(idp.issuerUrl(ISSUER_ID).toString()), authorize);
    assertTrue(authorize.contains("code_challenge_method=S256"), "PKCE: " + authorize);
    assertTrue(authorize.contains("nonce="), authorize);
    HttpResponse<String> atProvider = get(c, authorize);
    assertEquals(302, atProvider.statusCode(), atProvider.body());
    return location(atProvider);
  }

  @Test
  void a_person_signs_in_with_the_kommuns_provider_and_out_again() throws Exception {
    HttpClient c = PagesTest.client();
    idp.enqueueCallback(person(List.of("skapa"), 3600));
    String callback = toProviderAndBack(c);
    assertTrue(callback.startsWith(base + "/login/oidc/callback?"), callback);
    HttpResponse<String> back = get(c, callback);
    assertEquals(303, back.statusCode(), back.body());
    assertEquals("/app", location(back));
    HttpResponse<String> home = get(c, "/app");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("h-7"), "signed in as the staff key the provider vouched for");

    HttpResponse<String> replayed = get(PagesTest.client(), callback);
    assertEquals(401, replayed.statusCode(), "a state is good once");

    String csrf = PagesTest.csrf(home.body());
    HttpResponse<String> out =
        c.send(
            HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(303, out.statusCode());
    HttpResponse<String> after = get(c, "/app");
    assertTrue(
        after.statusCode() == 303 || after.statusCode() == 302,
        "signed out: the session is gone, " + after.statusCode());
  }

  /**
   * An ID token past its time. (Its audience is always the client that asked, at this provider as
   * at a real one; a token for another audience is tried on the API below.)
   */
  @Test
  void an_id_token_past_its_time_or_without_a_role_signs_no_one_in() throws Exception {
    for (DefaultOAuth2TokenCallback bad :
        List.of(
            person(List.of("skapa"), -3600),
            new DefaultOAuth2TokenCallback(
                ISSUER_ID,
                "sub-x",
                "JWT",
                List.of("skapa"),
                Map.of("staff", "h-8", "roles", List.of("something-else")),
                3600))) {
      HttpClient c = PagesTest.client();
      idp.enqueueCallback(bad);
      HttpResponse<String> back = get(c, toProviderAndBack(c));
      assertEquals(401, back.statusCode(), back.body());
      assertTrue(back.body().contains("organisationens inloggningstjänst"), back.body());
      assertTrue(get(c, "/app").statusCode() >= 300, "no session");
    }
  }

  @Test
  void the_api_takes_the_providers_access_tokens_for_its_audience_and_nothing_else()
      throws Exception {
    String path = "/api/v1/organisations/" + ORG + "/follow-ups";
    String good =
        idp.issueToken(ISSUER_ID, "system", person(List.of("skapa-api"), 3600)).serialize();
    assertEquals(200, server.as(good).get(path).status(), "a token of the provider for the API");
    String wrongAudience =
        idp.issueToken(ISSUER_ID, "system", person(List.of("skapa"), 3600)).serialize();
    assertEquals(401, server.as(wrongAudience).get(path).status());
    String otherIssuer =
        idp.issueToken(
                "somewhere-else",
                "system",
                new DefaultOAuth2TokenCallback(
                    "somewhere-else",
                    "x",
                    "JWT",
                    List.of("skapa-api"),
                    Map.of("staff", "h-7", "roles", List.of("skapa-handledare")),
                    3600))
            .serialize();
    assertEquals(401, server.as(otherIssuer).get(path).status());
    String expired =
        idp.issueToken(ISSUER_ID, "system", person(List.of("skapa-api"), -3600)).serialize();
    assertEquals(401, server.as(expired).get(path).status());
  }

  @Test
  void an_organisation_can_switch_passwords_off() throws Exception {
    try {
      configure(false);
      HttpClient c = PagesTest.client();
      HttpResponse<String> page = get(c, "/login?org=" + ORG);
      assertTrue(page.body().contains("/login/oidc?org=" + ORG), "the provider's link");
      assertTrue(!page.body().contains("type=\"password\""), "no password field");
      page = get(c, "/login");
      HttpResponse<String> tried =
          post(
              c,
              "/login",
              "csrf="
                  + PagesTest.csrf(page.body())
                  + "&org="
                  + ORG
                  + "&username=admin&password="
                  + java.net.URLEncoder.encode(
                      BrowserTest.PASSWORD, java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(401, tried.statusCode(), "the right password no longer signs in");
    } finally {
      configure(true);
    }
  }
}
