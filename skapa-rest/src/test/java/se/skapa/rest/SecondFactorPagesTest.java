package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.app.access.SecondFactor;

/**
 * Two-step verification for password accounts, through the pages: an organisation that requires it
 * sends a person to their account page first; they enrol with an authenticator app's code and get
 * recovery codes; from then on a password alone, a code used twice and a recovery code used twice
 * are refused.
 */
class SecondFactorPagesTest {

  static final String ORG = "ame-totp";
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    assertEquals(
        200,
        PageClient.organisation(server, ORG)
            .send(
                "PUT",
                "/api/v1/organisations/" + ORG + "/sign-in-policy",
                "{\"requireSecondFactor\":true}")
            .status());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> signIn(PageClient c, String code) throws Exception {
    return c.signIn(ORG, "admin", BrowserTest.PASSWORD, code);
  }

  static PageClient person() {
    return new PageClient(server);
  }

  @Test
  void a_person_enrols_and_then_needs_the_code_each_good_once() throws Exception {
    PageClient c = person();
    assertEquals(303, signIn(c, "").statusCode(), "no factor yet: the password signs in");
    HttpResponse<String> home = c.get("/app");
    assertEquals(303, home.statusCode(), "but the organisation requires one first");
    assertEquals("/app/konto", home.headers().firstValue("Location").orElseThrow());

    String csrf = PagesTest.csrf(c.get("/app/konto").body());
    HttpResponse<String> begun = c.post("/app/konto/tvastegs", "csrf=" + csrf);
    assertEquals(200, begun.statusCode());
    Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(begun.body());
    assertTrue(m.find(), begun.body());
    byte[] secret = new Base32().decode(m.group(1).replace(" ", ""));
    assertTrue(begun.body().contains("otpauth://totp/"), "an otpauth URI for the app");

    HttpResponse<String> wrong =
        c.post("/app/konto/tvastegs/bekrafta", "csrf=" + csrf + "&code=000000");
    assertEquals(422, wrong.statusCode(), "a wrong first code enrols nothing");
    String now = SecondFactor.code(secret, TestServer.CLOCK.instant());
    HttpResponse<String> done =
        c.post("/app/konto/tvastegs/bekrafta", "csrf=" + csrf + "&code=" + now);
    assertEquals(200, done.statusCode(), done.body());
    List<String> recovery = new ArrayList<>();
    Matcher codes = Pattern.compile("<code>([A-Z2-9]{5}-[A-Z2-9]{5})</code>").matcher(done.body());
    while (codes.find()) {
      recovery.add(codes.group(1));
    }
    assertEquals(10, recovery.size(), "ten recovery codes, shown once");
    assertEquals(200, c.get("/app").statusCode(), "enrolled: the pages open");

    assertEquals(401, signIn(person(), "").statusCode(), "a password alone");
    assertEquals(401, signIn(person(), now).statusCode(), "the enrolment's code again");
    String next = SecondFactor.code(secret, TestServer.CLOCK.instant().plusSeconds(30));
    assertEquals(303, signIn(person(), next).statusCode(), "the app's next code");
    assertEquals(401, signIn(person(), next).statusCode(), "that code twice");
    String lowerCase = recovery.get(0).toLowerCase(java.util.Locale.ROOT).replace("-", "");
    assertEquals(303, signIn(person(), lowerCase).statusCode(), "a recovery code");
    assertEquals(401, signIn(person(), recovery.get(0)).statusCode(), "a recovery code twice");
  }
}
