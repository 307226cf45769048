package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    admin = PageClient.organisation(server, ORG);
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

  static String location(HttpResponse<String> r) {
    return PageClient.location(r);
  }

  /** To the provider and back; the provider's redirect to the callback, not yet followed. */
  static String toProviderAndBack(PageClient c) throws Exception {
    HttpResponse<String> begin = c.get("/login/oidc?org=" + ORG);
    assertEquals(303, begin.statusCode(), begin.body());
    String authorize = location(begin);
    assertTrue(authorize.startsWith(idp.issuerUrl(ISSUER_ID).toString()), authorize);
    assertTrue(authorize.contains("code_challenge_method=S256"), "PKCE: " + authorize);
    assertTrue(authorize.contains("nonce="), authorize);
    HttpResponse<String> atProvider = c.get(authorize);
    assertEquals(302, atProvider.statusCode(), atProvider.body());
    return location(atProvider);
  }

  @Test
  void a_person_signs_in_with_the_kommuns_provider_and_out_again() throws Exception {
    PageClient c = new PageClient(server);
    idp.enqueueCallback(person(List.of("skapa"), 3600));
    String callback = toProviderAndBack(c);
    assertTrue(callback.startsWith(base + "/login/oidc/callback?"), callback);
    HttpResponse<String> back = c.get(callback);
    assertEquals(303, back.statusCode(), back.body());
    assertEquals("/app", location(back));
    HttpResponse<String> home = c.get("/app");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("h-7"), "signed in as the staff key the provider vouched for");

    HttpResponse<String> replayed = new PageClient(server).get(callback);
    assertEquals(401, replayed.statusCode(), "a state is good once");

    String csrf = PagesTest.csrf(home.body());
    HttpResponse<String> out = c.post("/logout", "csrf=" + csrf);
    assertEquals(303, out.statusCode());
    HttpResponse<String> after = c.get("/app");
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
      PageClient c = new PageClient(server);
      idp.enqueueCallback(bad);
      HttpResponse<String> back = c.get(toProviderAndBack(c));
      assertEquals(401, back.statusCode(), back.body());
      assertTrue(back.body().contains("organisationens inloggningstjänst"), back.body());
      assertTrue(c.get("/app").statusCode() >= 300, "no session");
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
      PageClient c = new PageClient(server);
      HttpResponse<String> page = c.get("/login?org=" + ORG);
      assertTrue(page.body().contains("/login/oidc?org=" + ORG), "the provider's link");
      assertTrue(!page.body().contains("type=\"password\""), "no password field");
      HttpResponse<String> tried = c.signIn(ORG, "admin", BrowserTest.PASSWORD, "");
      assertEquals(401, tried.statusCode(), "the right password no longer signs in");
    } finally {
      configure(true);
    }
  }
}
