package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.core.testing.Xml;

/** Every route over real HTTP, every exchange held against the OpenAPI document. */
class ApiTest {

  static TestServer api;
  static JsonNode spec;

  @BeforeAll
  static void start() throws Exception {
    api = new TestServer();
    spec = TestServer.JSON.readTree(TestServer.openApi());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** The request example the OpenAPI document gives for a POST route. */
  static String example(String path) {
    return spec.at(
            "/paths/"
                + path.replace("~", "~0").replace("/", "~1")
                + "/post/requestBody/content/application~1json/example")
        .toString();
  }

  @Test
  void health_openapi_and_docs() {
    assertEquals("UP", api.get("/health").json().get("status").asText());
    assertEquals("3.0.3", api.get("/openapi.json").json().get("openapi").asText());
    TestServer.Reply docs = api.get("/docs");
    assertTrue(
        docs.body().contains("/webjars/swagger-ui/") && docs.body().contains("/openapi.json"));
    assertFalse(docs.body().contains("${"), "version substituted");
  }

  @Test
  void instruments_list_and_one() {
    assertEquals("skapa", api.get("/api/v1/instruments").json().at("/instruments/0/id").asText());
    JsonNode skapa = api.get("/api/v1/instruments/skapa?lang=en").json();
    assertEquals(7, skapa.get("indicators").size());
    assertEquals(10, skapa.at("/indicators/0/scale/max").asInt());
    assertEquals("Coping with health challenges", skapa.at("/indicators/0/label").asText());
    assertEquals(404, api.get("/api/v1/instruments/bip-11").status());
  }

  @Test
  void analyze_the_documented_example() {
    JsonNode r =
        api.post("/api/v1/progression/analyze", example("/api/v1/progression/analyze")).json();
    assertEquals("p-17", r.get("participant").asText());
    assertEquals("2025-12-01", r.get("nextDue").asText());
    assertEquals(1, r.get("handledareChanges").asInt());
    JsonNode self = r.at("/series/0");
    assertEquals("PARTICIPANT", self.get("respondent").asText());
    JsonNode health = self.at("/indicators/0");
    assertEquals("health-coping", health.get("key").asText());
    assertEquals(3, health.get("first").asInt());
    assertEquals(6, health.get("latest").asInt());
    assertEquals(3, health.get("change").asInt());
    assertEquals("IMPROVED", health.get("direction").asText());
    assertTrue(health.get("trendPerMonth").asDouble() > 0);
    assertEquals("HANDLEDARE", r.at("/series/1/respondent").asText());
  }

  @Test
  void analyze_refuses_several_participants_and_wrong_respondents_with_pointers() {
    String body =
        """
                {"instrument":"skapa","measurements":[
                 {"participant":"p-1","date":"2025-01-01","respondent":"PARTICIPANT","scores":{"job-belief":3}},
                 {"participant":"p-2","date":"2025-02-01","respondent":"PARTICIPANT","scores":{"job-belief":3}}]}""";
    TestServer.Reply r = api.post("/api/v1/progression/analyze", body);
    assertEquals(422, r.status());
    assertEquals("/measurements/1/participant", r.json().at("/errors/0/pointer").asText());
    String wrong =
        """
                {"instrument":"skapa","measurements":[
                 {"participant":"p-1","date":"2025-01-01","respondent":"PARTICIPANT","scores":{"handledare-belief":3,"job-belief":11}}]}""";
    JsonNode errors = api.post("/api/v1/progression/analyze", wrong).json().get("errors");
    List<String> rules = new ArrayList<>();
    errors.forEach(e -> rules.add(e.get("rule").asText()));
    assertTrue(rules.containsAll(List.of("respondent", "range")), rules.toString());
  }

  @Test
  void chart_is_svg_in_the_requested_language() {
    TestServer.Reply sv =
        api.post("/api/v1/progression/chart", example("/api/v1/progression/chart"));
    assertTrue(sv.contentType().startsWith("image/svg+xml"));
    Xml.parse(sv.body());
    assertTrue(sv.body().contains("Tilltro till att få jobb"));
    assertTrue(
        api.post("/api/v1/progression/chart?lang=en", example("/api/v1/progression/chart"))
            .body()
            .contains("Confidence in getting a job"));
  }

  @Test
  void cohort_of_the_documented_example() {
    JsonNode r =
        api.post("/api/v1/progression/cohort", example("/api/v1/progression/cohort")).json();
    assertEquals(2, r.get("participants").asInt());
    assertEquals(2, r.get("participantsWithTwoOrMore").asInt());
    JsonNode health = r.at("/indicators/0");
    assertEquals(2, health.get("participants").asInt());
    assertEquals(1.0, health.get("meanChange").asDouble(), 1e-12); // (+3 − 1) / 2
    assertEquals(0.5, health.get("shareImproved").asDouble(), 1e-12);
    assertEquals(0.5, health.get("shareDeclined").asDouble(), 1e-12);
  }

  @Test
  void an_indicator_nobody_answered_twice_has_no_mean_and_no_share_and_says_why() {
    String body =
        "{\"instrument\":\"skapa\",\"respondent\":\"PARTICIPANT\",\"measurements\":["
            + "{\"participant\":\"p-1\",\"date\":\"2025-03-01\",\"respondent\":\"PARTICIPANT\","
            + "\"scores\":{\"health-coping\":3,\"job-belief\":2}},"
            + "{\"participant\":\"p-1\",\"date\":\"2025-06-01\",\"respondent\":\"PARTICIPANT\","
            + "\"scores\":{\"health-coping\":5,\"job-belief\":null}}]}";
    JsonNode r = api.post("/api/v1/progression/cohort", body).json();
    JsonNode belief = null;
    for (JsonNode i : r.get("indicators")) {
      if (i.get("key").asText().equals("job-belief")) {
        belief = i;
      }
    }
    assertEquals(0, belief.get("participants").asInt(), r.toString());
    assertTrue(
        belief.get("meanFirst").isNull() && belief.get("shareImproved").isNull(), r.toString());
    assertTrue(belief.get("note").asText().contains("0 av 0"), belief.toString());
    assertEquals(2.0, r.at("/indicators/0/meanChange").asDouble(), 1e-12, "health-coping 3 → 5");
  }

  @Test
  void the_81_point_hudiksvall_review_through_the_api() {
    JsonNode r =
        api.post("/api/v1/fidelity/ips-25/score", example("/api/v1/fidelity/{id}/score")).json();
    assertTrue(r.get("complete").asBoolean());
    assertEquals(81, r.get("total").asInt());
    assertEquals(125, r.get("maximum").asInt());
    assertEquals("FAIR", r.at("/band/code").asText());
    assertEquals("Stämmer delvis överens med IPS", r.at("/band/label").asText());
    assertEquals(3, r.get("sections").size());
    assertEquals(6, r.get("strengths").size());
    JsonNode en =
        api.send(
                "POST",
                "/api/v1/fidelity/ips-25/score?lang=en",
                example("/api/v1/fidelity/{id}/score"))
            .json();
    assertEquals("Fair fidelity", en.at("/band/label").asText());
  }

  @Test
  void a_draft_is_200_with_missing_items_and_no_band_and_14_scores_are_422() {
    ObjectNode draft =
        (ObjectNode)
            api.post("/api/v1/fidelity/ips-25/score", example("/api/v1/fidelity/{id}/score"))
                .json();
    String body =
        example("/api/v1/fidelity/{id}/score")
            .replace("{\"number\":25,\"score\":5}", "")
            .replace(",]", "]");
    JsonNode r = api.post("/api/v1/fidelity/ips-25/score", body).json();
    assertFalse(r.get("complete").asBoolean());
    assertEquals(25, r.at("/missingItems/0").asInt());
    assertTrue(r.get("band") == null || r.get("band").isNull());
    assertTrue(draft.get("complete").asBoolean());
    StringBuilder fourteen =
        new StringBuilder("{\"service\":\"s-1\",\"date\":\"2018-05-15\",\"items\":[");
    for (int i = 12; i <= 25; i++) {
      fourteen.append(i > 12 ? "," : "").append("{\"number\":").append(i).append(",\"score\":3}");
    }
    TestServer.Reply refused =
        api.post("/api/v1/fidelity/ips-25/score", fourteen.append("]}").toString());
    assertEquals(422, refused.status());
    assertEquals("item-count", refused.json().at("/errors/0/rule").asText());
    assertEquals(
        404,
        api.post("/api/v1/fidelity/ips-15/score", example("/api/v1/fidelity/{id}/score")).status());
  }

  @Test
  void fidelity_scale_compare_and_chart() {
    JsonNode scale = api.get("/api/v1/fidelity/scales/ips-25").json();
    assertEquals(25, scale.get("items").size());
    assertEquals(4, scale.get("bands").size());
    JsonNode c =
        api.post("/api/v1/fidelity/ips-25/compare", example("/api/v1/fidelity/{id}/compare"))
            .json();
    assertEquals(6, c.at("/overall/totalChange").asInt());
    assertEquals("2018-05-15", c.at("/reviews/0/date").asText());
    Xml.parse(
        api.post("/api/v1/fidelity/ips-25/chart", example("/api/v1/fidelity/{id}/chart")).body());
  }

  @Test
  void numeric_anchors_score_items_1_and_2_from_raw_facts() {
    JsonNode r =
        api.post("/api/v1/fidelity/ips-25/anchors", example("/api/v1/fidelity/{id}/anchors"))
            .json();
    assertEquals(1, r.at("/items/0/number").asInt());
    assertEquals(21.25, r.at("/items/0/value").asDouble(), 1e-12);
    assertEquals(4, r.at("/items/0/score").asInt());
    assertEquals(4, r.at("/items/1/score").asInt());
    TestServer.Reply none =
        api.send("POST", "/api/v1/fidelity/ips-25/anchors", "{}", "application/json", false);
    assertEquals(422, none.status());
    // Invalid by the document too (exclusiveMinimum 0): sent past the test client's contract check.
    TestServer.Reply zero =
        api.send(
            "POST",
            "/api/v1/fidelity/ips-25/anchors",
            "{\"activeClients\":10,\"employmentSpecialistFte\":0}",
            "application/json",
            false);
    assertEquals("/employmentSpecialistFte", zero.json().at("/errors/0/pointer").asText());
    assertEquals(
        "/employmentSpecialistFte",
        api.send(
                "POST",
                "/api/v1/fidelity/ips-25/anchors",
                "{\"activeClients\":10}",
                "application/json",
                false)
            .json()
            .at("/errors/0/pointer")
            .asText());
  }

  @Test
  void hudiksvall_socioeconomic_totals_through_the_api() {
    JsonNode r =
        api.post("/api/v1/socioeconomic/calculate", example("/api/v1/socioeconomic/calculate"))
            .json();
    assertEquals(147_717, r.at("/monthly/benefitsBefore").asLong());
    assertEquals(1_772_604, r.at("/yearly/benefitsBefore").asLong());
    assertEquals(440_076, r.at("/yearly/taxWithheldBefore").asLong());
    assertEquals(386_520, r.at("/yearly/increasedTaxRevenue").asLong());
    assertEquals(171_600, r.at("/yearly/reducedPayments/KOMMUN").asLong());
    assertEquals(1_403_004, r.at("/yearly/reducedPayments/FORSAKRINGSKASSAN").asLong());
    assertEquals(198_000, r.at("/yearly/reducedPayments/ARBETSFORMEDLINGEN").asLong());
    assertEquals(1_090_440, r.at("/yearly/wageSubsidies").asLong());
    assertEquals(3_365_808, r.at("/yearly/productionValue").asLong());
    assertEquals(200_346, r.at("/monthly/salaries").asLong());
    assertTrue(
        r.get("taxNote").asText().contains("övre gräns"),
        "the tax on gross pay is named as the simplification it is: " + r.get("taxNote"));
    assertEquals(391_756, r.at("/housingSupport/savingPerYear").asLong());
    assertEquals(832, r.at("/housingSupport/hoursPerYearReduction").asInt());
    assertEquals(563_356, r.get("kommunView").asLong());
    assertEquals(587_634, r.at("/projection/2/housingSupport").asLong());
    assertEquals(0.5, r.at("/counterfactual/shareLow").asDouble(), 1e-12);
    Xml.parse(
        api.post("/api/v1/socioeconomic/chart", example("/api/v1/socioeconomic/chart")).body());
  }

  @Test
  void a_scenario_rule_the_core_checks_points_at_the_field_under_calculation() throws Exception {
    // Found by the schema fuzz run: the core's /scenarios/0/people/… lacked the request's
    // /calculation.
    String body =
        "{\"scenarios\":[{\"name\":\"A\",\"calculation\":{\"people\":[{\"before\":[{\"benefit\":\"ETABLERINGSERSATTNING\","
            + "\"monthlyAmount\":9000,\"taxWithheld\":100}],\"after\":{\"type\":\"STUDIES\",\"studyGrantPerFourWeeks\":3000,\"studyLoanPerFourWeeks\":0}}]}}]}";
    TestServer.Reply r = api.post("/api/v1/socioeconomic/scenarios", body);
    assertEquals(422, r.status(), r.body());
    String pointer = r.json().at("/errors/0/pointer").asText();
    assertEquals("/scenarios/0/calculation/people/0/before/0/taxWithheld", pointer);
    assertEquals(
        100,
        TestServer.JSON.readTree(body).at(pointer).asInt(),
        "the pointer resolves in the body sent");
  }

  @Test
  void parameter_sets_scenarios_and_overrides() {
    assertEquals(
        "hudiksvall-2017",
        api.get("/api/v1/socioeconomic/parameter-sets").json().at("/parameterSets/0/id").asText());
    JsonNode set = api.get("/api/v1/socioeconomic/parameter-sets/hudiksvall-2017").json();
    assertEquals("taxRate", set.at("/parameters/0/name").asText());
    assertEquals(404, api.get("/api/v1/socioeconomic/parameter-sets/none").status());
    JsonNode s =
        api.post("/api/v1/socioeconomic/scenarios", example("/api/v1/socioeconomic/scenarios"))
            .json();
    assertEquals(600_000, s.at("/scenarios/0/result/yearly/reducedPayments/KOMMUN").asLong());
    assertEquals(171_600, s.at("/scenarios/1/result/yearly/reducedPayments/KOMMUN").asLong());
    TestServer.Reply bad =
        api.send(
            "POST",
            "/api/v1/socioeconomic/calculate",
            "{\"overrides\":{\"taxRate\":1.2,\"weeksperyear\":3},\"people\":[]}",
            "application/json",
            false);
    assertEquals(422, bad.status());
    assertEquals("/overrides/weeksperyear", bad.json().at("/errors/0/pointer").asText());
    TestServer.Reply range =
        api.send(
            "POST",
            "/api/v1/socioeconomic/calculate",
            "{\"overrides\":{\"taxRate\":1.2},\"people\":[]}",
            "application/json",
            false);
    assertEquals("/overrides/taxRate", range.json().at("/errors/0/pointer").asText());
  }

  @Test
  void outcomes_targets_allocation_and_full_year_equivalents() {
    JsonNode report =
        api.post("/api/v1/outcomes/report", example("/api/v1/outcomes/report")).json();
    assertEquals(2, report.get("activeAtEnd").asInt());
    JsonNode employment = report.at("/outcomes/0");
    assertEquals(2, employment.at("/share/count").asInt());
    assertEquals(3, employment.at("/share/denominator").asInt());
    JsonNode targets =
        api.post("/api/v1/outcomes/targets", example("/api/v1/outcomes/targets")).json();
    assertTrue(targets.at("/targets/0/met").asBoolean());
    JsonNode a = api.post("/api/v1/finsam/allocation", example("/api/v1/finsam/allocation")).json();
    assertEquals(2_268_857, a.get("region").asLong());
    assertEquals(589_903, a.at("/members/2/amount").asLong());
    JsonNode he =
        api.post(
                "/api/v1/finsam/full-year-equivalents",
                example("/api/v1/finsam/full-year-equivalents"))
            .json();
    // aktivitetsstöd is paid per weekday: 146 / 260, not 146 / 365
    assertEquals(2.33551, he.get("total").asDouble(), 1e-5);
    assertEquals(260, he.at("/divisors/AKTIVITETSSTOD").asInt());
    assertEquals("AGES_16_64", he.get("populationAges").asText());
    assertTrue(
        he.at("/divisorSources/AKTIVITETSSTOD").asText().contains("fem dagar"), he.toString());
    JsonNode scb =
        api.post(
                "/api/v1/finsam/full-year-equivalents",
                "{\"days\":[{\"benefit\":\"ARBETSLOSHETSERSATTNING\",\"days\":260}],"
                    + "\"population\":4,\"populationAges\":\"AGES_20_64\"}")
            .json();
    assertEquals(1.0, scb.get("total").asDouble(), 1e-9, "a full year of full a-kassa is one HE");
    assertEquals("AGES_20_64", scb.get("populationAges").asText());
    assertTrue(scb.get("populationAgesLabel").asText().contains("20–64"), scb.toString());
  }

  @Test
  void errors_are_problems_with_the_right_status() {
    TestServer.Reply missing = api.raw("GET", "/api/v1/nothing", null, null);
    assertEquals(404, missing.status());
    assertTrue(missing.contentType().startsWith("application/problem+json"));
    TestServer.Reply wrongMethod = api.raw("DELETE", "/api/v1/instruments", null, null);
    assertEquals(405, wrongMethod.status());
    assertEquals(
        415, api.send("POST", "/api/v1/finsam/allocation", "{}", "text/plain", false).status());
    assertEquals(
        400,
        api.send("POST", "/api/v1/finsam/allocation", "{\"members\":", "application/json", false)
            .status());
    TestServer.Reply empty =
        api.send("POST", "/api/v1/finsam/allocation", "", "application/json", false);
    assertEquals(400, empty.status());
    assertTrue(empty.contentType().startsWith("application/problem+json"));
    TestServer.Reply typed =
        api.send(
            "POST",
            "/api/v1/finsam/allocation",
            "{\"total\":\"many\",\"members\":[]}",
            "application/json",
            false);
    assertEquals(422, typed.status());
    assertEquals("/total", typed.json().at("/errors/0/pointer").asText());
  }

  @Test
  void a_body_that_is_not_utf8_is_refused_with_the_offending_byte_named() {
    String review =
        "{\"service\":\"ips-1\",\"date\":\"2018-05-15\",\"items\":[{\"number\":1,\"score\":4,\"note\":\"på plats\"}]}";
    TestServer.Reply latin1 =
        api.sendBytes(
            "POST",
            "/api/v1/fidelity/ips-25/score",
            review.getBytes(StandardCharsets.ISO_8859_1),
            "application/json");
    assertEquals(400, latin1.status());
    String detail = latin1.json().get("detail").asText();
    assertTrue(
        detail.contains("not UTF-8 (byte 0xE5 at offset " + review.indexOf('å') + ")"), detail);

    TestServer.Reply declared =
        api.send(
            "POST",
            "/api/v1/fidelity/ips-25/score",
            review,
            "application/json; charset=ISO-8859-1",
            false);
    assertEquals(415, declared.status());
    assertTrue(
        declared.json().get("detail").asText().contains("charset=iso-8859-1"), declared.body());

    assertEquals(
        200,
        api.send(
                "POST",
                "/api/v1/fidelity/ips-25/score",
                review,
                "application/json; charset=UTF-8",
                false)
            .status());
  }

  @Test
  void a_syntax_error_inside_a_nested_value_is_malformed_json_located_at_its_value() {
    TestServer.Reply r =
        api.send(
            "POST",
            "/api/v1/fidelity/ips-25/score?lang=en",
            "{\"service\":\"ips-1\",\"date\":\"2018-05-15\",\"items\":[{\"number\":1,\"score\":4,,}]}",
            "application/json",
            false);
    assertEquals(400, r.status());
    assertTrue(r.json().get("detail").asText().contains("/items/0"), r.body());
  }

  @Test
  void a_key_given_twice_in_one_object_is_refused_not_silently_overwritten() {
    TestServer.Reply r =
        api.send(
            "POST",
            "/api/v1/progression/analyze?lang=en",
            "{\"instrument\":\"skapa\",\"measurements\":[{\"participant\":\"p-1\","
                + "\"date\":\"2025-03-01\",\"respondent\":\"PARTICIPANT\",\"scores\":{\"job-belief\":3,\"job-belief\":5}}]}",
            "application/json",
            false);
    assertEquals(400, r.status());
    String detail = r.json().get("detail").asText();
    assertTrue(detail.contains("job-belief") && detail.contains("/measurements/0/scores"), detail);
  }

  @Test
  void a_personnummer_in_free_text_is_refused_at_its_field() {
    TestServer.Reply note =
        api.send(
            "POST",
            "/api/v1/fidelity/ips-25/score",
            "{\"service\":\"ips-1\",\"date\":\"2018-05-15\","
                + "\"items\":[{\"number\":1,\"score\":4,\"note\":\"gäller 19121212-1212\"}]}",
            "application/json",
            false);
    assertEquals(422, note.status());
    assertEquals("/items/0/note", note.json().at("/errors/0/pointer").asText());
    assertEquals("personnummer", note.json().at("/errors/0/rule").asText());
    assertFalse(note.body().contains("1212-1212"), note.body());

    TestServer.Reply comment =
        api.send(
            "POST",
            "/api/v1/progression/analyze",
            "{\"instrument\":\"skapa\",\"measurements\":[{\"participant\":\"p-1\","
                + "\"date\":\"2025-03-01\",\"respondent\":\"PARTICIPANT\",\"scores\":{\"job-belief\":3},\"comment\":\"121212-1212\"}]}",
            "application/json",
            false);
    assertEquals(422, comment.status());
    assertEquals("/measurements/0/comment", comment.json().at("/errors/0/pointer").asText());
  }

  @Test
  void labels_follow_the_weighted_accept_language_and_the_answer_says_which() {
    TestServer.Reply r = api.get("/api/v1/fidelity/scales/ips-25", "sv;q=0.1, en;q=0.9");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("\"Fair fidelity\""), r.body());
    assertEquals("en", r.header("Content-Language"));
    assertEquals("Accept-Language", r.header("Vary"));
    assertEquals(
        "sv", api.get("/api/v1/fidelity/scales/ips-25", "en;q=0.9, sv").header("Content-Language"));
  }

  @Test
  void every_violation_is_listed_not_just_the_first() {
    TestServer.Reply r =
        api.send(
            "POST",
            "/api/v1/outcomes/report",
            "{\"participants\":[{}]}",
            "application/json",
            false);
    assertEquals(422, r.status());
    List<String> pointers = new ArrayList<>();
    ((ArrayNode) r.json().get("errors")).forEach(e -> pointers.add(e.get("pointer").asText()));
    assertTrue(
        pointers.containsAll(
            List.of(
                "/from",
                "/to",
                "/staffFullTimeEquivalents",
                "/participants/0/key",
                "/participants/0/admitted")),
        pointers.toString());
  }

  @Test
  void an_error_no_exception_mapper_sees_is_still_a_problem_and_the_server_goes_on()
      throws Exception {
    // A StackOverflowError once left an empty 500: an Error passes Javalin's exception mappers.
    try (TestServer failing =
        TestServer.withRoutes(
            c ->
                c.routes.get(
                    "/api/v1/test/overflow",
                    ctx -> {
                      throw new StackOverflowError("test");
                    }))) {
      TestServer.Reply r = failing.raw("GET", "/api/v1/test/overflow", null, null);
      assertEquals(500, r.status());
      assertTrue(
          r.header("Content-Type").startsWith("application/problem+json"),
          r.header("Content-Type"));
      assertEquals(500, r.json().get("status").asInt());
      assertEquals("Internt fel", r.json().get("title").asText());
      assertEquals(200, failing.get("/api/v1/instruments").status());
    }
  }

  @Test
  void an_outcome_report_refuses_an_admission_after_today_at_its_field_in_swedish() {
    // The test server's today is 2026-11-22.
    TestServer.Reply r =
        api.send(
            "POST",
            "/api/v1/outcomes/report",
            "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\","
                + "\"staffFullTimeEquivalents\":1,\"participants\":[{\"key\":\"p-1\",\"admitted\":\"2026-11-22\"},"
                + "{\"key\":\"p-2\",\"admitted\":\"2026-11-23\"}]}",
            "application/json",
            false);
    assertEquals(422, r.status(), r.body());
    JsonNode only = r.json().get("errors");
    assertEquals(1, only.size(), r.body());
    assertEquals("/participants/1/admitted", only.get(0).get("pointer").asText());
    assertEquals("future-date", only.get(0).get("rule").asText());
    assertTrue(only.get(0).get("message").asText().contains("ligger i framtiden"), r.body());
    TestServer.Reply asOf =
        api.send(
            "POST",
            "/api/v1/outcomes/report?asOf=2026-11-21",
            "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\","
                + "\"staffFullTimeEquivalents\":1,\"participants\":[{\"key\":\"p-1\",\"admitted\":\"2026-11-22\"}]}",
            "application/json",
            false);
    assertEquals(
        "/participants/0/admitted",
        asOf.json().at("/errors/0/pointer").asText(),
        "as of the day before, today is the future");
  }

  @Test
  void the_server_says_what_it_is_which_methods_a_path_takes_and_what_it_cannot_send()
      throws Exception {
    try (TestServer api = new TestServer()) {
      TestServer.Reply root = api.raw("GET", "/", null, null);
      assertEquals(200, root.status());
      assertEquals("/docs", root.json().get("docs").asText());
      TestServer.Reply wrong = api.raw("DELETE", "/api/v1/outcomes/report", null, null);
      assertEquals(405, wrong.status());
      assertEquals("OPTIONS, POST", wrong.header("Allow"));
      TestServer.Reply csv =
          api.raw("GET", "/api/v1/instruments", null, null, "Accept", "text/csv");
      assertEquals(406, csv.status());
      assertTrue(csv.json().get("detail").asText().contains("application/json"), csv.body());
      assertEquals(
          200,
          api.raw(
                  "GET",
                  "/api/v1/instruments",
                  null,
                  null,
                  "Accept",
                  "text/html, application/*;q=0.8")
              .status());
      assertEquals(
          406,
          api.raw("GET", "/api/v1/instruments", null, null, "Accept", "application/json;q=0")
              .status());
      JsonNode doc = TestServer.JSON.readTree(TestServer.openApi());
      assertEquals("/", doc.at("/servers/0/url").asText(), "relative: right on any host and port");
      String docs = api.raw("GET", "/docs", null, null).body();
      assertTrue(
          docs.contains("validatorUrl: null"),
          "Swagger UI sends the document's address to no outside validator");
    }
  }

  @Test
  void cross_origin_calls_only_from_the_origins_configured() {
    try (TestServer none = new TestServer();
        TestServer some =
            new TestServer(
                ServerConfig.forTests()
                    .withApiKeys(List.of(TestServer.KEY))
                    .withCorsOrigins(List.of("https://intra.kommun.se")))) {
      TestServer.Reply closed =
          none.raw("GET", "/api/v1/instruments", null, null, "Origin", "https://intra.kommun.se");
      assertEquals("", closed.header("Access-Control-Allow-Origin"), "none by default");
      TestServer.Reply preflight =
          some.raw(
              "OPTIONS",
              "/api/v1/outcomes/report",
              null,
              null,
              "Origin",
              "https://intra.kommun.se",
              "Access-Control-Request-Method",
              "POST");
      assertEquals(204, preflight.status(), preflight.body());
      assertEquals("https://intra.kommun.se", preflight.header("Access-Control-Allow-Origin"));
      assertTrue(preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
      TestServer.Reply get =
          some.raw("GET", "/api/v1/instruments", null, null, "Origin", "https://intra.kommun.se");
      assertEquals("https://intra.kommun.se", get.header("Access-Control-Allow-Origin"));
      assertTrue(get.header("Vary").contains("Origin"));
      TestServer.Reply other =
          some.raw("GET", "/api/v1/instruments", null, null, "Origin", "https://evil.example");
      assertEquals(
          "", other.header("Access-Control-Allow-Origin"), "never another origin, never *");
    }
  }

  @Test
  void every_error_says_what_and_where_in_the_requests_own_terms_without_internals() {
    TestServer.Reply typo =
        api.raw(
            "POST",
            "/api/v1/finsam/allocation?lang=en",
            "{\"total\":100,\"member\":[{\"name\":\"Boden\",\"share\":0.5}]}",
            "application/json");
    TestServer.Reply svenska =
        api.raw(
            "POST",
            "/api/v1/finsam/allocation",
            "{\"total\":100,\"member\":[{\"name\":\"Boden\",\"share\":0.5}]}",
            "application/json");
    assertEquals(
        "Okänt fält «member»; menade du «members»?",
        svenska.json().at("/errors/0/message").asText(),
        "Swedish by default");
    assertEquals(
        "unknown-field",
        svenska.json().at("/errors/0/rule").asText(),
        "the rule code is the same in both");
    assertEquals("sv", svenska.header("Content-Language"));
    assertEquals(422, typo.status(), typo.body());
    List<String> found = new ArrayList<>();
    typo.json()
        .get("errors")
        .forEach(
            e ->
                found.add(
                    e.get("pointer").asText()
                        + " "
                        + e.get("rule").asText()
                        + " "
                        + e.get("message").asText()));
    assertTrue(
        found.contains("/member unknown-field unknown field 'member'; did you mean 'members'?"),
        found.toString());
    assertTrue(
        found.contains("/members required members is required"),
        "the missing field beside the unknown one: " + found);

    TestServer.Reply huge =
        api.raw(
            "POST",
            "/api/v1/finsam/allocation?lang=en",
            "{\"total\":100000000000000000000,\"members\":[]}",
            "application/json");
    assertEquals(422, huge.status(), huge.body());
    assertEquals("range", huge.json().at("/errors/0/rule").asText());
    assertFalse(huge.body().contains("9223372036854775807"), huge.body());

    TestServer.Reply broken =
        api.raw(
            "POST",
            "/api/v1/finsam/allocation?lang=en",
            "{\"total\": 100,\n \"members\": [{\"name\": }]}",
            "application/json");
    assertEquals(400, broken.status(), broken.body());
    assertTrue(broken.body().contains("line 2, column"), broken.body());
    assertEquals(
        "/members/0",
        broken.json().at("/errors/0/pointer").asText(),
        "the pointer reached: " + broken.body());
    assertFalse(
        broken.body().contains("REDACTED") || broken.body().contains("Source"), broken.body());

    TestServer.Reply comma =
        api.raw(
            "POST",
            "/api/v1/finsam/allocation?lang=en",
            "{\"total\":100,\"members\":[{\"name\":\"Boden\",\"share\":\"32,5\"}]}",
            "application/json");
    assertTrue(
        comma
            .json()
            .at("/errors/0/message")
            .asText()
            .contains("send 32.5 as a JSON number, with a decimal point"),
        comma.body());

    TestServer.Reply timed =
        api.raw(
            "POST",
            "/api/v1/outcomes/report?lang=en",
            "{\"from\":\"2025-01-01T10:00:00\",\"to\":\"2025-12-31\",\"participants\":[]}",
            "application/json");
    assertEquals(422, timed.status(), "a date-time is not a date: " + timed.body());
    assertTrue(timed.json().at("/errors/0/message").asText().contains("YYYY-MM-DD"), timed.body());

    TestServer.Reply untyped = api.raw("POST", "/api/v1/finsam/allocation?lang=en", "{}", null);
    assertTrue(untyped.body().contains("the request has no Content-Type"), untyped.body());
  }

  @Test
  void a_personnummer_is_refused_in_a_member_name_and_repeated_nowhere() {
    TestServer.Reply member =
        api.raw(
            "POST",
            "/api/v1/finsam/allocation",
            "{\"total\":100,\"members\":[{\"name\":\"850312 1231\",\"share\":1}]}",
            "application/json");
    assertEquals(422, member.status(), member.body());
    assertEquals("personnummer", member.json().at("/errors/0/rule").asText(), member.body());
    assertFalse(member.body().contains("1231"), member.body());
    TestServer.Reply instrument =
        api.raw(
            "POST",
            "/api/v1/progression/analyze",
            "{\"instrument\":\"850312-1231\",\"measurements\":[{\"participant\":\"p-1\",\"date\":\"2025-01-01\",\"respondent\":\"PARTICIPANT\",\"scores\":{}}]}",
            "application/json");
    assertFalse(instrument.body().contains("1231"), instrument.body());
  }

  @Test
  void every_violation_of_an_outcome_report_is_listed_at_once() {
    TestServer.Reply r =
        api.raw(
            "POST",
            "/api/v1/outcomes/report",
            "{\"from\":\"2025-12-31\",\"to\":\"2025-01-01\",\"participants\":["
                + "{\"key\":\"d-1\",\"admitted\":\"2025-05-01\",\"closed\":\"2025-04-01\",\"outcome\":\"EMPLOYMENT\"}]}",
            "application/json");
    assertEquals(422, r.status(), r.body());
    List<String> found = new ArrayList<>();
    r.json()
        .get("errors")
        .forEach(e -> found.add(e.get("pointer").asText() + " " + e.get("rule").asText()));
    assertTrue(found.contains("/to date-order"), "the period: " + found);
    assertTrue(found.contains("/staffFullTimeEquivalents required"), "the missing field: " + found);
    assertTrue(
        found.stream().anyMatch(f -> f.startsWith("/participants/0")), "the participant: " + found);
  }

  @Test
  void a_fourteen_item_draft_is_a_draft_when_it_says_so_and_a_final_review_scores_every_item() {
    StringBuilder items = new StringBuilder("[");
    for (int n = 1; n <= 14; n++) {
      items.append(n == 1 ? "" : ",").append("{\"number\":").append(n).append(",\"score\":3}");
    }
    String body = "{\"service\":\"ips-1\",\"date\":\"2025-05-15\",\"items\":" + items.append("]");
    TestServer.Reply draft =
        api.send("POST", "/api/v1/fidelity/ips-25/score", body + ",\"status\":\"draft\"}");
    assertEquals(200, draft.status(), draft.body());
    assertFalse(draft.json().get("complete").asBoolean());
    TestServer.Reply unsaid = api.send("POST", "/api/v1/fidelity/ips-25/score", body + "}");
    assertEquals("item-count", unsaid.json().at("/errors/0/rule").asText());
    assertTrue(
        unsaid.json().at("/errors/0/message").asText().contains("\"status\": \"draft\""),
        unsaid.body());
    TestServer.Reply fin =
        api.send("POST", "/api/v1/fidelity/ips-25/score", body + ",\"status\":\"final\"}");
    assertEquals("incomplete", fin.json().at("/errors/0/rule").asText(), fin.body());
  }

  @Test
  void an_answer_as_of_a_day_is_the_same_whatever_day_it_is_asked() {
    String body =
        "{\"instrument\":\"skapa\",\"measurements\":[{\"participant\":\"p-1\",\"date\":\"2025-06-01\",\"respondent\":\"PARTICIPANT\","
            + "\"scores\":{\"job-belief\":3}}]}";
    JsonNode asOf = api.send("POST", "/api/v1/progression/analyze?asOf=2025-12-31", body).json();
    JsonNode later = api.send("POST", "/api/v1/progression/analyze?asOf=2026-01-31", body).json();
    assertEquals(121, asOf.get("daysOverdue").asInt(), "due 2025-09-01, as of 2025-12-31: " + asOf);
    assertEquals(121 + 31, later.get("daysOverdue").asInt());
    TestServer.Reply future = api.send("POST", "/api/v1/progression/analyze?asOf=2025-05-01", body);
    assertEquals(
        "future-date",
        future.json().at("/errors/0/rule").asText(),
        "as of May, a June measurement is in the future");
    TestServer.Reply bad =
        api.raw("POST", "/api/v1/progression/analyze?asOf=31/12", body, "application/json");
    assertEquals("/asOf", bad.json().at("/errors/0/pointer").asText(), bad.body());
  }

  @Test
  void sweden_2026_has_only_sourced_values_and_the_caller_gives_the_rest_and_the_default_is_said() {
    String people =
        "\"people\":[{\"before\":[{\"benefit\":\"FORSORJNINGSSTOD\",\"monthlyAmount\":10000,\"taxWithheld\":0}],"
            + "\"after\":{\"type\":\"EMPLOYMENT\",\"employmentRate\":1.0,\"sector\":\"PRIVATE\",\"monthlySalary\":26500}}],"
            + "\"housingSupport\":[],\"serviceCostPerYear\":500000";
    TestServer.Reply missing =
        api.send(
            "POST",
            "/api/v1/socioeconomic/calculate",
            "{\"parameterSet\":\"sweden-2026\"," + people + "}");
    assertEquals(422, missing.status(), missing.body());
    List<String> pointers = new ArrayList<>();
    missing.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
    assertTrue(
        pointers.containsAll(
            List.of(
                "/overrides/kommunalTaxRate",
                "/overrides/housingSupportCostPerHour",
                "/overrides/discountRate")),
        pointers.toString());
    assertFalse(pointers.contains("/overrides/taxRate"), "the tax rate has a source");
    String overrides =
        "\"overrides\":{\"kommunalTaxRate\":0.21,\"housingSupportCostPerHour\":500,\"persistence\":0.5,"
            + "\"effectivenessLow\":1.5,\"effectivenessHigh\":3,\"discountRate\":0.035,\"horizonYears\":3}";
    TestServer.Reply given =
        api.send(
            "POST",
            "/api/v1/socioeconomic/calculate",
            "{\"parameterSet\":\"sweden-2026\"," + overrides + "," + people + "}");
    assertEquals(200, given.status(), given.body());
    assertEquals("sweden-2026", given.json().get("parameterSet").asText());
    assertFalse(given.json().has("parameterSetNote"));
    TestServer.Reply silent =
        api.send("POST", "/api/v1/socioeconomic/calculate", "{" + people + "}");
    assertTrue(
        silent.json().get("parameterSetNote").asText().contains("hudiksvall-2017"),
        "the default is said: " + silent.body());
    JsonNode set = api.get("/api/v1/socioeconomic/parameter-sets/sweden-2026").json();
    assertTrue(
        set.toString().contains("32.38") || set.toString().contains("0.3238"), set.toString());
    // The year's amounts fixed by law, each with its source, and the SGI ceiling at work.
    assertEquals(2026, set.get("statutoryYear").asInt());
    java.util.Map<String, JsonNode> amounts = new java.util.HashMap<>();
    set.get("statutoryAmounts").forEach(a -> amounts.put(a.get("name").asText(), a));
    assertEquals(59_200, amounts.get("prisbasbelopp").get("value").asLong());
    assertEquals(592_000, amounts.get("sgiCap").get("value").asLong());
    assertTrue(amounts.get("youthEmployerFeeRate").get("source").asText().contains("SFS 2026:100"));
    assertFalse(
        api.get("/api/v1/socioeconomic/parameter-sets/hudiksvall-2017")
            .json()
            .has("statutoryAmounts"));
    String overCap =
        "{\"parameterSet\":\"sweden-2026\",\"overrides\":{\"kommunalTaxRate\":0.21,"
            + "\"housingSupportCostPerHour\":500,\"persistence\":0.5,\"effectivenessLow\":2,"
            + "\"effectivenessHigh\":4,\"discountRate\":0.035,\"horizonYears\":3},"
            + "\"people\":[{\"before\":[{\"benefit\":\"SJUKPENNING\",\"monthlyAmount\":45000}],"
            + "\"after\":{\"type\":\"EMPLOYMENT\",\"employmentRate\":1.0,\"sector\":\"PRIVATE\","
            + "\"monthlySalary\":30000}}]}";
    TestServer.Reply warned = api.send("POST", "/api/v1/socioeconomic/calculate", overCap);
    assertEquals(200, warned.status(), warned.body());
    assertEquals(
        "sickness-benefit-above-cap", warned.json().at("/warnings/0/rule").asText(), warned.body());
    assertEquals(
        "/people/0/before/0/monthlyAmount", warned.json().at("/warnings/0/pointer").asText());
  }

  @Test
  void
      the_benefits_a_kommun_meets_have_their_payer_and_a_wage_subsidy_above_the_salary_is_warned_of_not_refused() {
    String body =
        "{\"people\":[{\"before\":[{\"benefit\":\"ARBETSLOSHETSERSATTNING\",\"monthlyAmount\":15000,\"taxWithheld\":4000},"
            + "{\"benefit\":\"BOSTADSBIDRAG\",\"monthlyAmount\":1500,\"taxWithheld\":0}],"
            + "\"after\":{\"type\":\"EMPLOYMENT\",\"employmentRate\":1.0,\"sector\":\"KOMMUN\",\"monthlySalary\":20000,"
            + "\"wageSubsidy\":{\"share\":1.0,\"monthlyAmount\":24000}}}],\"housingSupport\":[],\"serviceCostPerYear\":0}";
    TestServer.Reply r = api.send("POST", "/api/v1/socioeconomic/calculate", body);
    assertEquals(200, r.status(), r.body());
    JsonNode payers = r.json().get("payers");
    List<String> found = new ArrayList<>();
    payers.forEach(
        p -> found.add(p.get("payer").asText() + " " + p.get("reducedPayments").asLong()));
    assertTrue(
        found.contains("ARBETSLOSHETSKASSAN 180000"),
        "a-kassa stops: the state's saving, 12 × 15 000: " + found);
    assertTrue(
        found.contains("FORSAKRINGSKASSAN 18000"),
        "bostadsbidrag is Försäkringskassan's: " + found);
    assertEquals("wage-subsidy-above-salary", r.json().at("/warnings/0/rule").asText(), r.body());
    assertEquals(
        "/people/0/after/wageSubsidy/monthlyAmount", r.json().at("/warnings/0/pointer").asText());
  }
}
