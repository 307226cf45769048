package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register's new facts as a kommun's systems meet them: bad input named in Swedish, held within
 * one organisation, closed to analysts where they name a person, gone with erasure, and the reports
 * with small numbers withheld.
 */
class RegisterFactsRoutesTest {

  static TestServer server;
  static StoredModeTest.Org boden;
  static StoredModeTest.Org lulea;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    boden = StoredModeTest.organisation(server, "ame-boden");
    lulea = StoredModeTest.organisation(server, "ifo-lulea");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String enrol(StoredModeTest.Org org, String participant) {
    TestServer.Reply r =
        org.handledare()
            .post(
                org.at("/enrolments"),
                "{\"participant\":\""
                    + participant
                    + "\",\"service\":\"steget-fram\",\"admitted\":\"2025-10-01\","
                    + "\"support\":[{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1}]}");
    assertEquals(201, r.status(), r.body());
    return r.json().get("id").asText();
  }

  @Test
  void a_job_with_broken_rules_is_a_422_naming_every_field_in_swedish_and_nothing_is_stored() {
    String e = enrol(boden, "p-bad");
    TestServer.Reply r =
        boden
            .handledare()
            .send(
                "POST",
                boden.at("/enrolments/" + e + "/jobs"),
                "{\"started\":\"2026-03-02\",\"ended\":\"2026-03-01\",\"kind\":\"COMPETITIVE\","
                    + "\"hoursPerWeek\":0,\"monthlyWage\":-5}",
                "application/json",
                false);
    assertEquals(422, r.status(), r.body());
    List<String> fields = r.json().get("errors").findValuesAsText("pointer");
    assertEquals(List.of("/ended", "/hoursPerWeek", "/monthlyWage"), fields, r.body());
    assertTrue(r.body().contains("ska vara större än 0 och högst 80 (angivet: 0)"), r.body());
    assertTrue(r.body().contains("högst 1 000 000"), "Swedish number form: " + r.body());
    TestServer.Reply kind =
        boden
            .handledare()
            .send(
                "POST",
                boden.at("/enrolments/" + e + "/jobs"),
                "{\"started\":\"2026-03-02\",\"kind\":\"COMPETITIV\",\"hoursPerWeek\":20}",
                "application/json",
                false);
    assertEquals(422, kind.status(), kind.body());
    assertTrue(kind.body().contains("COMPETITIVE"), "did you mean: " + kind.body());
    assertEquals(
        0,
        boden
            .handledare()
            .get(boden.at("/participants/p-bad/register"))
            .json()
            .get("spells")
            .size());
    TestServer.Reply twice =
        boden
            .handledare()
            .post(
                boden.at("/enrolments"),
                "{\"participant\":\"p-bad2\",\"service\":\"steget-fram\",\"admitted\":\"2025-10-01\","
                    + "\"support\":[{\"benefit\":\"SJUKPENNING\",\"degree\":0.5},"
                    + "{\"benefit\":\"SJUKPENNING\",\"degree\":0.5}]}");
    assertEquals(422, twice.status(), twice.body());
    assertEquals("/support/1/benefit", twice.json().at("/errors/0/pointer").asText());
  }

  @Test
  void
      another_organisation_sees_none_of_it_an_analyst_reads_no_person_and_a_correction_needs_if_match() {
    String e = enrol(boden, "p-own");
    String job =
        boden
            .handledare()
            .post(
                boden.at("/enrolments/" + e + "/jobs"),
                "{\"started\":\"2026-03-02\",\"kind\":\"COMPETITIVE\",\"hoursPerWeek\":20}")
            .json()
            .get("id")
            .asText();
    assertEquals(404, lulea.handledare().get(lulea.at("/jobs/" + job)).status());
    assertTrue(
        List.of(403, 404).contains(lulea.handledare().get(boden.at("/jobs/" + job)).status()),
        "Luleå's key on Boden's path");
    assertEquals(
        404,
        lulea
            .handledare()
            .post(
                lulea.at("/enrolments/" + e + "/jobs"),
                "{\"started\":\"2026-03-02\",\"kind\":\"COMPETITIVE\",\"hoursPerWeek\":20}")
            .status());
    assertEquals(403, boden.analyst().get(boden.at("/jobs/" + job)).status());
    assertEquals(403, boden.analyst().get(boden.at("/participants/p-own/register")).status());
    assertEquals(
        428,
        boden
            .handledare()
            .send(
                "PUT",
                boden.at("/jobs/" + job),
                "{\"started\":\"2026-03-02\",\"kind\":\"COMPETITIVE\",\"hoursPerWeek\":25}",
                "application/json",
                false)
            .status());
    assertEquals(
        404, boden.handledare().get(boden.at("/studies/" + job)).status(), "a job is not studies");
    String intervention =
        boden
            .handledare()
            .post(
                boden.at("/participants/p-own/interventions"),
                "{\"service\":\"steget-fram\",\"group\":\"SOCIAL\",\"name\":\"Boendestöd\","
                    + "\"from\":\"2026-01-05\"}")
            .json()
            .get("id")
            .asText();
    TestServer.Reply moved =
        boden
            .handledare()
            .send(
                "PUT",
                boden.at("/interventions/" + intervention),
                "{\"service\":\"vux\",\"group\":\"SOCIAL\",\"name\":\"Boendestöd\","
                    + "\"from\":\"2026-01-05\"}",
                "If-Match",
                "\"1\"");
    assertEquals(422, moved.status(), moved.body());
    assertEquals("/service", moved.json().at("/errors/0/pointer").asText());
  }

  @Test
  void a_second_closing_corrects_the_first_only_against_the_version_read() {
    String e = enrol(boden, "p-twice");
    TestServer.Reply first =
        boden
            .handledare()
            .post(
                boden.at("/enrolments/" + e + "/closing"),
                "{\"closed\":\"2026-05-29\",\"outcome\":\"NONE\"}");
    assertEquals(200, first.status(), first.body());
    assertEquals("\"2\"", first.header("ETag"));
    String again = "{\"closed\":\"2026-05-29\",\"outcome\":\"STUDIES\"}";
    TestServer.Reply blind =
        boden
            .handledare()
            .send(
                "POST",
                boden.at("/enrolments/" + e + "/closing"),
                again,
                "application/json",
                false);
    assertEquals(428, blind.status(), "a second closing never silently replaces the first");
    assertTrue(blind.body().contains("If-Match"), blind.body());
    TestServer.Reply old =
        boden
            .handledare()
            .send("POST", boden.at("/enrolments/" + e + "/closing"), again, "If-Match", "\"1\"");
    assertEquals(412, old.status(), old.body());
    assertEquals(
        "NONE",
        boden.handledare().get(boden.at("/enrolments/" + e)).json().get("outcome").asText(),
        "nothing changed");
    TestServer.Reply corrected =
        boden
            .handledare()
            .send("POST", boden.at("/enrolments/" + e + "/closing"), again, "If-Match", "\"2\"");
    assertEquals(200, corrected.status(), corrected.body());
    assertEquals(3, corrected.json().get("version").asInt());
    assertEquals("STUDIES", corrected.json().get("outcome").asText());
  }

  @Test
  void erasure_leaves_no_job_intervention_support_or_follow_up_of_the_participant() {
    String e = enrol(boden, "p-gone");
    boden
        .handledare()
        .post(
            boden.at("/enrolments/" + e + "/jobs"),
            "{\"started\":\"2026-03-02\",\"kind\":\"COMPETITIVE\",\"hoursPerWeek\":20}");
    boden
        .handledare()
        .post(
            boden.at("/participants/p-gone/interventions"),
            "{\"service\":\"steget-fram\",\"group\":\"HEALTH\",\"name\":\"Samtalsstöd\",\"from\":\"2026-01-05\"}");
    boden
        .handledare()
        .post(
            boden.at("/enrolments/" + e + "/closing"),
            "{\"closed\":\"2026-05-29\",\"outcome\":\"EMPLOYMENT\"}");
    assertEquals(
        201,
        boden
            .handledare()
            .post(
                boden.at("/enrolments/" + e + "/after-closing"),
                "{\"monthsAfter\":6,\"date\":\"2026-11-20\",\"status\":\"NOT_REACHED\"}")
            .status());
    assertEquals(
        2,
        boden
            .handledare()
            .get(boden.at("/participants/p-gone/register"))
            .json()
            .get("spells")
            .size());
    assertEquals(
        200, boden.admin().send("DELETE", boden.at("/participants/p-gone"), null).status());
    assertEquals(
        0,
        boden
            .handledare()
            .get(boden.at("/participants/p-gone/register"))
            .json()
            .get("spells")
            .size());
    assertEquals(
        404, boden.handledare().get(boden.at("/enrolments/" + e + "/after-closing")).status());
  }

  @Test
  void an_analyst_gets_the_ips_outcomes_with_small_counts_withheld_and_the_rule_stated() {
    StoredModeTest.Org ips = StoredModeTest.organisation(server, "ips-kalix");
    for (int p = 0; p < 7; p++) {
      String e = enrol(ips, "k-" + p);
      if (p < 3) {
        ips.handledare()
            .post(
                ips.at("/enrolments/" + e + "/jobs"),
                "{\"started\":\"2026-02-0"
                    + (p + 2)
                    + "\",\"kind\":\"COMPETITIVE\",\"hoursPerWeek\":15}");
      }
    }
    JsonNode h =
        ips.handledare().get(ips.at("/services/steget-fram/ips-outcomes?quarter=2026-Q1")).json();
    assertEquals(7, h.at("/served/value").asInt());
    assertEquals(3, h.at("/workedCompetitively/count/value").asInt());
    assertEquals("42.9", h.at("/workedCompetitively/percent").asText());
    assertEquals("AVERAGE", h.get("band").asText());
    TestServer.Reply a =
        ips.analyst().get(ips.at("/services/steget-fram/ips-outcomes?quarter=2026-Q1"));
    assertEquals(200, a.status(), a.body());
    JsonNode j = a.json();
    assertEquals(7, j.at("/served/value").asInt());
    assertEquals("< 5", j.at("/workedCompetitively/count/withheld").asText());
    assertFalse(j.at("/workedCompetitively").has("percent"), j.toString());
    assertFalse(j.has("band"), "a band would give the withheld share away");
    assertFalse(j.has("medianHoursPerWeek"), j.toString());
    assertTrue(j.get("suppression").asText().contains("< 5"), j.toString());
    TestServer.Reply bad =
        ips.analyst()
            .send(
                "GET",
                ips.at("/services/steget-fram/ips-outcomes?quarter=2026-05"),
                null,
                null,
                false);
    assertEquals(422, bad.status());
    assertEquals("/quarter", bad.json().at("/errors/0/pointer").asText());
    assertTrue(bad.body().contains("2026-Q1"), "the Swedish message says how: " + bad.body());
    String range = "?from=2026-01-01&to=2026-06-30";
    JsonNode report = ips.handledare().get(ips.at("/services/steget-fram/report" + range)).json();
    assertEquals(3, report.at("/workedDuring/count").asInt(), report.toString());
    assertEquals(7, report.at("/workedDuring/denominator").asInt(), report.toString());
    assertEquals(
        422,
        ips.analyst().get(ips.at("/services/steget-fram/report" + range)).status(),
        "an analyst reads whole released periods only (PrintTest reads one)");
    String csv =
        ips.handledare().get(ips.at("/services/steget-fram/ips-outcomes.csv" + range)).body();
    assertTrue(csv.contains("2026-Q1;7;3;42,9;genomsnittligt riktmärke;3;3;0;–"), csv);
    String analystCsv =
        ips.analyst().get(ips.at("/services/steget-fram/ips-outcomes.csv" + range)).body();
    assertTrue(analystCsv.contains("2026-Q1;7;< 5;–;–"), analystCsv);
    String svg = ips.analyst().get(ips.at("/services/steget-fram/ips-outcomes.svg" + range)).body();
    assertTrue(svg.contains(">IPS-resultat per kvartal, bredvid programtroheten 2026-Q1"), svg);
    assertTrue(svg.contains("2026-Q1: &lt; 5") || svg.contains("2026-Q1: < 5"), svg);
    assertFalse(svg.contains("42,9"), "the withheld share is not drawn");
    TestServer.Reply none =
        ips.handledare()
            .send(
                "GET",
                ips.at("/services/steget-fram/ips-outcomes.csv?from=2026-01-02&to=2026-03-30"),
                null,
                null,
                false);
    assertEquals(422, none.status(), "no whole quarter: " + none.body());
  }

  @Test
  void the_sus_csv_has_a_line_per_enrolment_with_support_in_swedish_form_and_is_not_for_analysts() {
    StoredModeTest.Org sus = StoredModeTest.organisation(server, "finsam-sus");
    String e = enrol(sus, "s-1");
    sus.handledare()
        .post(
            sus.at("/enrolments/" + e + "/closing"),
            "{\"closed\":\"2026-03-31\",\"outcome\":\"STUDIES\","
                + "\"support\":[{\"benefit\":\"STUDIES\",\"degree\":1},"
                + "{\"benefit\":\"SJUKPENNING\",\"degree\":0.25}]}");
    TestServer.Reply csv =
        sus.handledare()
            .get(sus.at("/services/steget-fram/support.csv?from=2026-01-01&to=2026-06-30"));
    assertEquals(200, csv.status(), csv.body());
    String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
    assertTrue(lines[0].startsWith("verksamhet;deltagare;inskriven;avslutad"), lines[0]);
    assertEquals(
        "steget-fram;s-1;2025-10-01;2026-03-31;STUDIES;FORSORJNINGSSTOD 1;STUDIES 1 + SJUKPENNING 0,25;;",
        lines[1]);
    assertEquals(
        403,
        sus.analyst()
            .get(sus.at("/services/steget-fram/support.csv?from=2026-01-01&to=2026-06-30"))
            .status(),
        "one line per person is not for analysts");
  }
}
