package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person at the pages, for tests that need no real browser: one cookie jar, no redirect followed,
 * forms posted from the server's own origin as a browser posts them.
 */
final class PageClient {

  final String base;
  final HttpClient http = PagesTest.client();

  PageClient(TestServer server) {
    this.base = "http://127.0.0.1:" + server.server.port();
  }

  /** An organisation with its admin's password account; its admin key. */
  static TestServer organisation(TestServer server, String org) {
    return organisation(server, org, org);
  }

  /** An organisation of that name with its admin's password account; its admin key. */
  static TestServer organisation(TestServer server, String org, String name) {
    TestServer.Reply created =
        server.post(
            "/api/v1/organisations",
            "{\"id\":\""
                + org
                + "\",\"name\":\""
                + name
                + "\",\"adminPassword\":\""
                + BrowserTest.PASSWORD
                + "\"}");
    assertEquals(201, created.status(), created.body());
    return server.as(created.json().at("/adminKey/key").asText());
  }

  /** A service of the organisation, created with its admin key. */
  static void service(TestServer admin, String org, String id, String name) {
    TestServer.Reply r =
        admin.post(
            "/api/v1/organisations/" + org + "/services",
            "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
    assertEquals(201, r.status(), r.body());
  }

  /** The first open enrolment a participant's page offers its forms, by its id. */
  static String openEnrolment(String participantPage) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"enrolment\"><option value=\"([0-9a-f-]{36})\"")
            .matcher(participantPage);
    assertTrue(m.find(), "an open enrolment on " + participantPage);
    return m.group(1);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** GET of a path of the server, or of a whole URL (another server's, e.g. the provider's). */
  HttpResponse<String> get(String pathOrUrl) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The sign-in form, filled and sent; the answer (303 when signed in). */
  HttpResponse<String> signIn(String org, String username, String password, String code)
      throws Exception {
    String csrf = PagesTest.csrf(get("/login").body());
    return post(
        "/login",
        "csrf="
            + csrf
            + "&org="
            + org
            + "&username="
            + enc(username)
            + "&password="
            + enc(password)
            + "&code="
            + enc(code));
  }

  static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(r.body()));
  }
}
