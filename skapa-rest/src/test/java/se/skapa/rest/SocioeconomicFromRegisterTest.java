package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The socioeconomic calculation fed from the register: the same answer as the stateless route given
 * the same people, every closed participant counted or named, the kommun's net split among the
 * förbund's members, analysts held to enough people, and bad query parameters named.
 */
class SocioeconomicFromRegisterTest {

  static TestServer server;
  static StoredModeTest.Org org;

  static final String ROUTE = "/services/steget-fram/socioeconomic?from=2026-01-01&to=2026-12-31";

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    org = StoredModeTest.organisation(server, "finsam-norr");
    // 1: försörjningsstöd 10 000 → a competitive job at 26 500 (the wage from the job).
    close(
        person("s-1", "{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1,\"monthlyAmount\":10000}"),
        "{\"started\":\"2026-02-01\",\"kind\":\"COMPETITIVE\",\"hoursPerWeek\":40,"
            + "\"monthlyWage\":26500}",
        "EMPLOYMENT",
        "{\"benefit\":\"EMPLOYMENT\",\"degree\":1}");
    // 2: sjukpenning 18 960 → work at 24 000 recorded with the closing.
    close(
        person("s-2", "{\"benefit\":\"SJUKPENNING\",\"degree\":1,\"monthlyAmount\":18960}"),
        null,
        "EMPLOYMENT",
        "{\"benefit\":\"EMPLOYMENT\",\"degree\":1,\"monthlyAmount\":24000}");
    // 3: aktivitetsstöd 16 500 → a subsidised job at 18 700 with 25 620 lönebidrag.
    close(
        person("s-3", "{\"benefit\":\"AKTIVITETSSTOD\",\"degree\":1,\"monthlyAmount\":16500}"),
        "{\"started\":\"2026-03-01\",\"kind\":\"SUBSIDISED\",\"hoursPerWeek\":40,"
            + "\"monthlyWage\":18700,\"monthlySubsidy\":25620}",
        "EMPLOYMENT",
        "{\"benefit\":\"EMPLOYMENT\",\"degree\":1}");
    // 4: half försörjningsstöd, amount not recorded (the set's typical 10 000) → half-time work
    // at 12 000 recorded with the closing.
    close(
        person("s-4", "{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":0.5}"),
        null,
        "EMPLOYMENT",
        "{\"benefit\":\"EMPLOYMENT\",\"degree\":0.5,\"monthlyAmount\":12000}");
    // 8: försörjningsstöd 5 000 → studies on studiemedel of 3 000 a month: the register does not
    // tell the grant (a public cost) from the loan, so not counted, and said so.
    close(
        person("s-8", "{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1,\"monthlyAmount\":5000}"),
        null,
        "STUDIES",
        "{\"benefit\":\"STUDIES\",\"degree\":1,\"monthlyAmount\":3000}");
    // 5: sjukpenning without an amount and no typical one: not counted, and said so.
    close(
        person("s-5", "{\"benefit\":\"SJUKPENNING\",\"degree\":1}"),
        null,
        "EMPLOYMENT",
        "{\"benefit\":\"EMPLOYMENT\",\"degree\":1,\"monthlyAmount\":20000}");
    // 6: försörjningsstöd 9 000 → nothing changed.
    close(
        person("s-6", "{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1,\"monthlyAmount\":9000}"),
        null,
        "NONE",
        "{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1,\"monthlyAmount\":9000}");
    // 7: still enrolled: not in the calculation at all.
    person("s-7", "{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1,\"monthlyAmount\":9000}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String person(String key, String support) {
    TestServer.Reply r =
        org.handledare()
            .post(
                org.at("/enrolments"),
                "{\"participant\":\""
                    + key
                    + "\",\"service\":\"steget-fram\",\"admitted\":\"2025-10-01\",\"support\":["
                    + support
                    + "]}");
    assertEquals(201, r.status(), r.body());
    return r.json().get("id").asText();
  }

  static void close(String enrolment, String job, String outcome, String support) {
    if (job != null) {
      TestServer.Reply j = org.handledare().post(org.at("/enrolments/" + enrolment + "/jobs"), job);
      assertEquals(201, j.status(), j.body());
    }
    TestServer.Reply c =
        org.handledare()
            .post(
                org.at("/enrolments/" + enrolment + "/closing"),
                "{\"closed\":\"2026-05-29\",\"outcome\":\""
                    + outcome
                    + "\",\"support\":["
                    + support
                    + "]}");
    assertTrue(c.status() == 200 || c.status() == 201, c.body());
  }

  static ObjectNode withoutPerPerson(JsonNode n) {
    ObjectNode copy = n.deepCopy();
    copy.remove("perPerson");
    copy.remove("parameterSetNote");
    return copy;
  }

  @Test
  void the_register_gives_the_stateless_routes_answer_for_the_same_people() {
    JsonNode fromRegister =
        org.handledare().get(org.at(ROUTE + "&serviceCostPerYear=1000000")).json();
    // The same people typed in, as Hudiksvall's were: the tax withheld on a taxed benefit is the
    // amount × 33 %, the register's stated estimate (18 960 → 6 257, 16 500 → 5 445).
    String people =
        "["
            + "{\"before\":[{\"benefit\":\"FORSORJNINGSSTOD\",\"monthlyAmount\":10000,\"taxWithheld\":0}],"
            + "\"after\":{\"type\":\"EMPLOYMENT\",\"employmentRate\":1,\"sector\":\"PRIVATE\",\"monthlySalary\":26500}},"
            + "{\"before\":[{\"benefit\":\"SJUKPENNING\",\"monthlyAmount\":18960,\"taxWithheld\":6257}],"
            + "\"after\":{\"type\":\"EMPLOYMENT\",\"employmentRate\":1,\"sector\":\"PRIVATE\",\"monthlySalary\":24000}},"
            + "{\"before\":[{\"benefit\":\"AKTIVITETSSTOD\",\"monthlyAmount\":16500,\"taxWithheld\":5445}],"
            + "\"after\":{\"type\":\"EMPLOYMENT\",\"employmentRate\":1,\"sector\":\"PRIVATE\",\"monthlySalary\":18700,"
            + "\"wageSubsidy\":{\"share\":1,\"monthlyAmount\":25620}}},"
            + "{\"before\":[{\"benefit\":\"FORSORJNINGSSTOD\",\"monthlyAmount\":5000,\"taxWithheld\":0}],"
            + "\"after\":{\"type\":\"EMPLOYMENT\",\"employmentRate\":0.5,\"sector\":\"PRIVATE\",\"monthlySalary\":12000}},"
            // Nothing stopped for the sixth: the register counts only what stopped.
            + "{\"before\":[],\"after\":{\"type\":\"NONE\"}}"
            + "]";
    JsonNode stateless =
        org.handledare()
            .post(
                "/api/v1/socioeconomic/calculate",
                "{\"parameterSet\":\"hudiksvall-2017\",\"serviceCostPerYear\":1000000,\"people\":"
                    + people
                    + "}")
            .json();
    assertEquals(withoutPerPerson(stateless), fromRegister.get("calculation"));
    assertEquals(7, fromRegister.at("/closed/value").asInt(), "the open enrolment is not closed");
    assertEquals(5, fromRegister.at("/counted/value").asInt());
    assertEquals(3, fromRegister.get("recordedAmounts").asInt(), "the sixth's went on: not used");
    assertEquals(1, fromRegister.get("typicalAmounts").asInt());
    int notCounted = 0;
    for (JsonNode n : fromRegister.get("notCounted")) {
      notCounted += n.at("/count/value").asInt();
      if (n.get("reason").asText().equals("AMOUNT_UNKNOWN")) {
        assertEquals(1, n.at("/count/value").asInt());
        assertTrue(n.get("label").asText().contains("typiskt belopp"), n.toString());
      }
      if (n.get("reason").asText().equals("STUDY_SUPPORT_UNKNOWN")) {
        assertTrue(n.get("label").asText().contains("bidrag"), n.toString());
      }
    }
    assertEquals(7, 5 + notCounted, "counted + not counted = closed");
    assertEquals("FORSORJNINGSSTOD", fromRegister.at("/typical/0/benefit").asText());
    assertTrue(
        fromRegister.get("perPerson") == null
            && fromRegister.at("/calculation/perPerson").isMissingNode());
  }

  @Test
  void a_forbunds_kommun_net_is_split_among_its_members_summing_to_it() {
    JsonNode r =
        org.handledare()
            .get(
                org.at(
                    "/socioeconomic?from=2026-01-01&to=2026-12-31&member=Boden:0.17"
                        + "&member=Lule%C3%A5:0.52&member=Pite%C3%A5:0.26&member=%C3%84lvsbyn:0.05"))
            .json();
    long kommun = 0;
    for (JsonNode p : r.at("/calculation/payers")) {
      if (p.get("payer").asText().equals("KOMMUN")) {
        kommun = p.get("net").asLong();
      }
    }
    assertTrue(kommun > 0, r.toString());
    long sum = 0;
    for (JsonNode m : r.get("members")) {
      sum += m.get("amount").asLong();
    }
    assertEquals(kommun, sum);
    assertEquals("Luleå", r.at("/members/1/member").asText());
  }

  @Test
  void an_analyst_sees_the_calculation_over_enough_people_and_never_a_small_reason() {
    JsonNode a = org.analyst().get(org.at(ROUTE)).json();
    assertTrue(a.get("calculation").isObject(), a.toString());
    for (JsonNode n : a.get("notCounted")) {
      if (n.get("reason").asText().equals("AMOUNT_UNKNOWN")) {
        assertEquals("< 5", n.at("/count/withheld").asText(), n.toString());
      }
    }
    StoredModeTest.Org small = StoredModeTest.organisation(server, "finsam-liten");
    String e =
        small
            .handledare()
            .post(
                small.at("/enrolments"),
                "{\"participant\":\"t-1\",\"service\":\"steget-fram\",\"admitted\":\"2025-10-01\","
                    + "\"support\":[{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1,\"monthlyAmount\":8000}]}")
            .json()
            .get("id")
            .asText();
    small
        .handledare()
        .post(
            small.at("/enrolments/" + e + "/closing"),
            "{\"closed\":\"2026-05-29\",\"outcome\":\"EMPLOYMENT\","
                + "\"support\":[{\"benefit\":\"EMPLOYMENT\",\"degree\":1,\"monthlyAmount\":21000}]}");
    JsonNode one = small.analyst().get(small.at(ROUTE)).json();
    assertTrue(one.get("calculation") == null, "one person's wage and benefit: " + one);
    assertEquals("< 5", one.at("/counted/withheld").asText());
    assertTrue(one.get("suppression").asText().contains("5"), one.toString());
    assertEquals(
        21000 * 12,
        small.handledare().get(small.at(ROUTE)).json().at("/calculation/yearly/salaries").asLong(),
        "a handledare sees it");
    assertTrue(
        java.util.List.of(403, 404).contains(small.handledare().get(org.at(ROUTE)).status()),
        "another organisation's key reads none of it");
  }

  @Test
  void bad_query_parameters_are_named_in_swedish() {
    TestServer.Reply r =
        org.handledare()
            .send(
                "GET",
                org.at(
                    ROUTE
                        + "&typical=SJUKPENING:15000&overrides=persistence&member=Boden:x"
                        + "&serviceCostPerYear=-3"),
                null,
                "application/json",
                false);
    assertEquals(422, r.status(), r.body());
    String body = r.body();
    for (String pointer :
        new String[] {"/typical/0", "/overrides/0", "/member/0", "/serviceCostPerYear"}) {
      assertTrue(body.contains("\"" + pointer + "\""), pointer + ": " + body);
    }
    assertTrue(body.contains("skrivs som SJUKPENNING:15000"), body);
    assertTrue(body.contains("skrivs som persistence:0.5"), body);
    assertTrue(body.contains("ska vara minst 0"), body);
    TestServer.Reply range =
        org.handledare().get(org.at(ROUTE + "&overrides=persistence:2&typical=SJUKPENNING:-1"));
    assertEquals(422, range.status(), range.body());
    assertTrue(range.body().contains("/overrides/persistence"), range.body());
    TestServer.Reply sweden = org.handledare().get(org.at(ROUTE + "&parameterSet=sweden-2026"));
    assertEquals(422, sweden.status(), sweden.body());
    assertTrue(sweden.body().contains("/overrides/kommunalTaxRate"), sweden.body());
  }
}
