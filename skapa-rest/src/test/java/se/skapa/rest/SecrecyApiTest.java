package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secrecy between services over HTTP: a handledare key limited to VUX gets 404 for an AME
 * participant until the participant consents to VUX and AME sharing, then reads the AME series; it
 * cannot record in AME; withdrawn, the series is gone again.
 */
class SecrecyApiTest {

  static final String ORG = "kommun-secrecy";
  static final String BASE = "/api/v1/organisations/" + ORG;
  static TestServer server;
  static TestServer admin;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    admin =
        server.as(
            server
                .post("/api/v1/organisations", "{\"id\":\"" + ORG + "\",\"name\":\"Kommunen\"}")
                .json()
                .at("/adminKey/key")
                .asText());
    for (String s : new String[] {"ame", "vux"}) {
      assertEquals(
          201,
          admin.post(BASE + "/services", "{\"id\":\"" + s + "\",\"name\":\"" + s + "\"}").status());
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static TestServer key(String service) {
    TestServer.Reply r =
        admin.post(
            BASE + "/keys",
            "{\"holder\":\"h-"
                + service
                + "\",\"roles\":[\"handledare\"],\"services\":[\""
                + service
                + "\"]}");
    assertEquals(201, r.status(), r.body());
    assertEquals(service, r.json().at("/services/0").asText());
    return server.as(r.json().get("key").asText());
  }

  @Test
  void vux_reads_an_ame_participant_only_with_consent() {
    TestServer ame = key("ame");
    TestServer vux = key("vux");
    String progression = BASE + "/participants/p-1/progression";
    assertEquals(
        201,
        ame.post(
                BASE + "/measurements",
                StoredModeTest.measurement(
                    "p-1", "2026-09-01", "PARTICIPANT", "ame", "{\"job-belief\":3}"))
            .status());
    assertEquals(200, ame.get(progression).status());
    assertEquals(404, vux.get(progression).status(), "AME's participant is not there for VUX");
    assertEquals(
        403,
        vux.post(
                BASE + "/measurements",
                StoredModeTest.measurement(
                    "p-1", "2026-10-01", "PARTICIPANT", "ame", "{\"job-belief\":4}"))
            .status(),
        "VUX cannot record in AME");

    TestServer.Reply consent =
        ame.post(
            BASE + "/participants/p-1/consents",
            "{\"services\":[\"ame\",\"vux\"],\"given\":\"2026-11-20\"}");
    assertEquals(201, consent.status(), consent.body());
    TestServer.Reply shared = vux.get(progression);
    assertEquals(200, shared.status(), "with consent VUX reads the AME series");
    assertEquals(1, shared.json().at("/series/0/measurements").asInt(), shared.body());

    assertEquals(
        200,
        vux.post(
                BASE + "/consents/" + consent.json().get("id").asText() + "/withdrawal",
                "{\"withdrawn\":\"2026-11-22\"}")
            .status());
    assertEquals(404, vux.get(progression).status(), "withdrawn, the series is gone for VUX");
    assertEquals(200, ame.get(progression).status(), "AME keeps its own");
  }
}
