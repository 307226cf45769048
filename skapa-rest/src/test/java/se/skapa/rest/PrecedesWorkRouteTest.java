package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.insights.IndicatorResult;
import se.skapa.insights.Options;
import se.skapa.insights.PrecedesWork;
import se.skapa.insights.Series;

/**
 * What precedes work over HTTP on a real register: the stored route gives the library's answer for
 * the same series, refuses a thin service and offers the organisation, and never names a person.
 */
class PrecedesWorkRouteTest {

  static TestServer server;
  static StoredModeTest.Org org;
  static final List<Series> PEOPLE = new ArrayList<>();
  static final LocalDate TO = LocalDate.of(2025, 12, 31);
  static final String ROUTE =
      "/insights/precedes-work?instrument=skapa&from=2024-01-01&to=2025-12-31";

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    org = StoredModeTest.organisation(server, "bip-norr");
    SplittableRandom r = new SplittableRandom(42);
    StringBuilder csv =
        new StringBuilder("service;participant;instrument;respondent;date;job-belief\n");
    for (int p = 0; p < 360; p++) {
      String key = "w-" + p;
      String service = p < 350 ? "steget-fram" : "vux";
      TestServer.Reply e =
          org.handledare()
              .post(
                  org.at("/enrolments"),
                  "{\"participant\":\""
                      + key
                      + "\",\"service\":\""
                      + service
                      + "\",\"admitted\":\"2023-12-01\"}");
      assertEquals(201, e.status(), e.body());
      String enrolment = e.json().get("id").asText();
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(90));
      int score = 3 + r.nextInt(4);
      int before = score;
      List<Series.Reading> readings = new ArrayList<>();
      List<LocalDate> events = new ArrayList<>();
      for (int k = 0; k < 3 + r.nextInt(4); k++) {
        readings.add(new Series.Reading(day, BuiltInInstruments.JOB_BELIEF, score));
        csv.append(service + ";" + key + ";skapa;PARTICIPANT;" + day + ";" + score + "\n");
        double eta = -2.4 + (k == 0 ? 0 : 0.8 * (score - before));
        if (r.nextDouble() < 1 / (1 + Math.exp(-eta))) {
          LocalDate started = day.plusDays(1 + r.nextInt(85));
          events.add(started);
          assertEquals(
              201,
              org.handledare()
                  .post(
                      org.at("/enrolments/" + enrolment + "/jobs"),
                      "{\"started\":\""
                          + started
                          + "\",\"kind\":\"COMPETITIVE\",\"hoursPerWeek\":20}")
                  .status());
          break;
        }
        before = score;
        int[] steps = {-1, 0, 1, 1, 2};
        score = Math.max(1, Math.min(10, score + steps[r.nextInt(steps.length)]));
        day = day.plusDays(91);
      }
      PEOPLE.add(new Series(readings, events, TO));
    }
    TestServer.Reply imported =
        org.handledare()
            .send("POST", org.at("/imports/measurements"), csv.toString(), "text/csv", true);
    assertEquals(201, imported.status(), imported.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static BigDecimal two(double x) {
    return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void the_route_gives_the_librarys_answer_for_the_same_series() {
    JsonNode answer = org.analyst().get(org.at(ROUTE)).json();
    IndicatorResult expected =
        PrecedesWork.analyse(BuiltInInstruments.skapa(), PEOPLE, Options.DEFAULT)
            .indicators()
            .stream()
            .filter(i -> i.indicator().equals(BuiltInInstruments.JOB_BELIEF))
            .findFirst()
            .orElseThrow();
    JsonNode got = null;
    for (JsonNode i : answer.get("indicators")) {
      if (i.get("indicator").asText().equals(BuiltInInstruments.JOB_BELIEF)) {
        got = i;
      } else {
        assertEquals("TOO_FEW_PEOPLE", i.at("/refused/reason").asText(), i.toString());
      }
    }
    assertTrue(got != null && expected.change().isPresent(), answer.toString());
    assertEquals(expected.people(), got.get("people").asInt());
    assertEquals(expected.personPeriods(), got.get("personPeriods").asInt());
    assertEquals(expected.events(), got.get("events").asInt());
    assertEquals(
        two(expected.change().get().oddsRatio()), got.at("/change/oddsRatio").decimalValue());
    assertEquals(two(expected.change().get().low()), got.at("/change/low").decimalValue());
    assertEquals(two(expected.level().get().high()), got.at("/level/high").decimalValue());
    assertTrue(
        got.get("sentence").asText().startsWith("Bland deltagare vars «Tilltro"), got.toString());
    assertTrue(answer.get("model").asText().contains("hasardmodell"), answer.toString());
    assertTrue(!answer.toString().contains("w-1"), "no participant's key in the answer");
  }

  @Test
  void the_yearly_pdf_prints_the_forest_plot_and_the_sentences_when_the_data_carries_them()
      throws Exception {
    TestServer.Binary pdf =
        org.handledare().bytes(org.at("/report.pdf?from=2024-01-01&to=2025-12-31"));
    try (var doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Vad föregår arbete"), text);
      assertTrue(text.contains("inte en orsak och inte en prognos"), text);
    }
    TestServer.Binary thin =
        org.handledare().bytes(org.at("/report.pdf?from=2024-01-01&to=2024-03-31"));
    try (var doc = Loader.loadPDF(thin.body())) {
      assertTrue(
          !new PDFTextStripper().getText(doc).contains("Vad föregår arbete"),
          "a quarter with too few events prints no analysis");
    }
  }

  @Test
  void a_services_quality_signals_count_changes_belief_and_breaks_beside_bip() throws Exception {
    StoredModeTest.Org q = StoredModeTest.organisation(server, "bip-signaler");
    StringBuilder csv =
        new StringBuilder(
            "service;participant;instrument;respondent;date;handledare;handledare-belief\n");
    for (int p = 0; p < 8; p++) {
      String key = "s-" + p;
      assertEquals(
          201,
          q.handledare()
              .post(
                  q.at("/enrolments"),
                  "{\"participant\":\""
                      + key
                      + "\",\"service\":\"steget-fram\",\"admitted\":\"2025-11-01\"}")
              .status());
      csv.append("steget-fram;" + key + ";skapa;HANDLEDARE;2025-12-01;h-1;2\n");
      // Half change handledare in February; the last two are not followed up after it.
      csv.append(
          "steget-fram;"
              + key
              + ";skapa;HANDLEDARE;2026-02-15;"
              + (p < 4 ? "h-2" : "h-1")
              + ";3\n");
      if (p < 6) {
        csv.append(
            "steget-fram;" + key + ";skapa;HANDLEDARE;2026-05-10;h-2;" + (p < 4 ? 4 : 3) + "\n");
      }
    }
    assertEquals(
        201,
        q.handledare()
            .send("POST", q.at("/imports/measurements"), csv.toString(), "text/csv", true)
            .status());
    String route = "/services/steget-fram/quality-signals?from=2026-01-01&to=2026-06-30";
    JsonNode h = q.handledare().get(q.at(route)).json();
    assertEquals(8, h.at("/participants/value").asInt(), h.toString());
    assertEquals(6, h.at("/handledareChanges/value").asInt(), "4 in February, 2 in May");
    assertEquals(6, h.at("/withAChange/count/value").asInt());
    assertEquals(2, h.at("/followUpBreak/count/value").asInt(), h.toString());
    assertEquals(48, h.at("/participantMonths/value").asInt());
    assertEquals(48, h.at("/withoutIntervention/count/value").asInt());
    assertEquals(new BigDecimal("12.5"), h.get("changesPer100ParticipantMonths").decimalValue());
    assertEquals(40, h.at("/bip/withAChange").asInt());
    assertEquals(4, h.at("/belief/latest/3/people/value").asInt(), "four rated 4 last");
    JsonNode a = q.analyst().get(q.at(route)).json();
    assertEquals("< 5", a.at("/followUpBreak/count/withheld").asText(), a.toString());
    assertTrue(a.has("suppression"));
    try (var doc =
        Loader.loadPDF(
            q.analyst()
                .bytes(q.at("/services/steget-fram/report.pdf?from=2026-01-01&to=2026-06-30"))
                .body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Kvalitetssignaler") && text.contains("40 %"), text);
      assertTrue(text.contains("Deltagare med avbrott i uppföljningen < 5"), text);
    }
  }

  @Test
  void a_thin_service_is_refused_in_words_and_offered_the_organisation() {
    JsonNode thin = org.handledare().get(org.at(ROUTE + "&service=vux")).json();
    JsonNode first = thin.at("/indicators/0");
    assertEquals("TOO_FEW_PEOPLE", first.at("/refused/reason").asText(), thin.toString());
    assertTrue(
        thin.get("wholeOrganisation").asText().endsWith(ROUTE.substring(1)), thin.toString());
    JsonNode analyst = org.analyst().get(org.at(ROUTE + "&service=vux")).json();
    assertTrue(analyst.toString().contains("\"< 5\""), "counts below five withheld: " + analyst);
    String svg =
        org.handledare()
            .get(org.at("/insights/precedes-work.svg?from=2024-01-01&to=2025-12-31"))
            .body();
    assertTrue(svg.contains("Vad föregår arbete"), svg);
    assertTrue(svg.contains("för få deltagare"), svg);
    StoredModeTest.Org other = StoredModeTest.organisation(server, "bip-annan");
    assertTrue(
        List.of(403, 404).contains(other.handledare().get(org.at(ROUTE)).status()),
        "another organisation reads none of it");
  }
}
