package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.skapa.rest.StoredModeTest.items;
import static se.skapa.rest.StoredModeTest.organisation;
import static se.skapa.rest.StoredModeTest.self;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.core.chart.ChartGallery;
import se.skapa.core.chart.Drawing;
import se.skapa.core.chart.Shape;
import se.skapa.core.common.Language;
import se.skapa.rest.print.Pdf;

/** The printed year: what a styrgrupp reads on paper, read back from the PDF the server sends. */
class PrintTest {

  static TestServer server;
  static StoredModeTest.Org org;

  @BeforeAll
  static void year() {
    // Half years, so that 2026-H1 is released to analysts on the test server's day (2026-11-22).
    server =
        TestServer.stored(
            ServerConfig.forTests()
                .withReleases(
                    new se.skapa.core.outcomes.ReleaseCalendar(
                        se.skapa.core.outcomes.ReleaseCalendar.Granularity.HALF_YEAR, 30)));
    org = organisation(server, "ame-print");
    TestServer h = org.handledare();
    String[] outcomes = {"EMPLOYMENT", "EMPLOYMENT", "STUDIES", "NONE"};
    for (int i = 0; i < 8; i++) {
      String id =
          h.post(
                  org.at("/enrolments"),
                  "{\"participant\":\"t-"
                      + i
                      + "\",\"service\":\"steget-fram\",\"admitted\":\"2026-01-1"
                      + i
                      + "\",\"firstContact\":\"2026-01-2"
                      + i
                      + "\",\"actionPlan\":true}")
              .json()
              .get("id")
              .asText();
      if (i < outcomes.length) {
        assertEquals(
            200,
            h.post(
                    org.at("/enrolments/" + id + "/closing"),
                    "{\"closed\":\"2026-0" + (5 + i) + "-01\",\"outcome\":\"" + outcomes[i] + "\"}")
                .status());
      }
      h.post(
          org.at("/measurements"),
          self("t-" + i, "2026-02-01", "{\"health-coping\":3,\"job-belief\":2,\"job-search\":4}"));
      h.post(
          org.at("/measurements"),
          self(
              "t-" + i,
              "2026-05-01",
              "{\"health-coping\":5,\"job-belief\":" + (4 + i % 3) + ",\"job-search\":6}"));
    }
    assertEquals(
        200,
        org.admin()
            .send(
                "PUT",
                org.at("/services/steget-fram/targets"),
                "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\","
                    + "\"targets\":[{\"metric\":\"SHARE_LASTING\",\"comparison\":\"AT_LEAST\",\"value\":0.3}]}")
            .status());
    assertEquals(
        200,
        h.post(org.at("/services/steget-fram/surveys"), "{\"period\":\"2026\",\"offered\":8}")
            .status());
    assertEquals(
        201,
        h.post(
                org.at("/services/steget-fram/surveys/2026/responses"),
                "{\"responses\":[{\"answers\":{\"satisfied\":5}},"
                    + "{\"answers\":{\"satisfied\":4}},{\"answers\":{\"satisfied\":2}},{\"answers\":{\"satisfied\":5}},{\"answers\":{\"satisfied\":5}}]}")
            .status());
    String plan =
        ",\"actionPlan\":[{\"item\":3,\"action\":\"Tydligare uppdrag till arbetsspecialisterna\",\"owner\":\"chef-1\",\"due\":\"2026-12-31\"}]";
    assertEquals(
        201,
        h.post(
                org.at("/services/steget-fram/fidelity-reviews"),
                "{\"date\":\"2026-05-15\",\"reviewers\":[\"MISA-1\"],\"items\":"
                    + items(25, 4)
                    + ",\"status\":\"final\""
                    + plan
                    + "}")
            .status());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_services_year_prints_its_outcomes_targets_survey_spider_and_fidelity_in_swedish()
      throws IOException {
    TestServer.Binary pdf =
        org.handledare()
            .bytes(org.at("/services/steget-fram/report.pdf?from=2026-01-01&to=2026-12-31"));
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.contentType());
    assertTrue(
        pdf.disposition()
            .startsWith(
                "attachment; filename=\"skapa-rapport-steget-fram-2026-01-01-2026-12-31.pdf\""),
        pdf.disposition());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(
          text.contains("gäller arbetsspecialisternas handledare, inte den handledare"),
          "item 8's handledare told apart from SKAPA's");
      for (String expected :
          List.of(
              "Helårsrapport 2026: Steget fram",
              "Resultat",
              "Inskrivna under perioden",
              "Anställning",
              "Arbete eller studier",
              "75,0",
              "Mål",
              "≥ 30 %",
              "uppnått",
              "Deltagarenkät 2026",
              "Svarsfrekvens",
              "62,5 %",
              "Progression enligt SKAPA",
              // The spider's values beside it on paper.
              "Medel första",
              "Tilltro till att få jobb 8 2,0 4,9 2,9 100,0 %",
              "Programtrohet (IPS)",
              "Handlingsplan",
              "Tydligare uppdrag")) {
        assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
      }
      assertEquals("sv-SE", doc.getDocumentCatalog().getLanguage());
      assertEquals("Helårsrapport 2026: Steget fram", doc.getDocumentInformation().getTitle());
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
      }
      List<PDStructureElement> all = new ArrayList<>();
      walk(doc.getDocumentCatalog().getStructureTreeRoot(), all);
      List<String> figures =
          all.stream()
              .filter(e -> e.getStructureType().equals("Figure"))
              .map(PDStructureElement::getAlternateDescription)
              .toList();
      assertEquals(
          3, figures.size(), "the spider, the fidelity chart and IPS outcomes: " + figures);
      assertTrue(
          figures.stream().anyMatch(f -> f.startsWith("IPS-resultat per kvartal, bredvid")),
          "IPS outcomes beside fidelity: " + figures);
      assertTrue(
          figures.get(0).startsWith("SKAPA-spindeln, gruppens medelvärden: Steget fram (n = 8)"),
          figures.get(0));
      assertTrue(figures.get(1).contains("Poäng per punkt"), figures.get(1));
      assertTrue(
          all.stream().anyMatch(e -> e.getStructureType().equals("TH")),
          "tables have header cells");
      assertTrue(all.stream().anyMatch(e -> e.getStructureType().equals("H1")));
    }
  }

  @Test
  void an_analyst_gets_small_numbers_withheld_and_the_rule_printed() throws IOException {
    TestServer.Binary pdf =
        org.analyst()
            .bytes(org.at("/services/steget-fram/report.pdf?from=2026-01-01&to=2026-06-30"));
    assertEquals(200, pdf.status());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("< 5"), text);
      assertTrue(text.contains("visas som"), "the rule is stated: " + text);
      assertTrue(text.contains("Fastställd"), "the release is fixed, and says so: " + text);
      assertFalse(
          text.contains("Målvärde"), "a target's actual would give a withheld share away: " + text);
      assertFalse(text.contains("75,0"), text);
    }
    JsonNode json =
        org.analyst()
            .get(org.at("/services/steget-fram/report?from=2026-01-01&to=2026-06-30"))
            .json();
    assertEquals("< 5", json.at("/report/outcomes/0/share/count").asText(), json.toString());
    assertTrue(json.at("/report/outcomes/0/share/value").isNull());
    assertTrue(json.at("/report/suppression/rule").asText().contains("visas som \"< 5\""));
    assertEquals(0, json.get("targets").size(), "a target's actual gives a withheld share away");
    assertTrue(json.at("/fixed/fixedAtRelease").asBoolean(), json.toString());
    assertTrue(json.get("drift").isNull(), "an analyst is never told how live numbers differ");
    String csv =
        org.analyst()
            .get(org.at("/services/steget-fram/report.csv?from=2026-01-01&to=2026-06-30"))
            .body();
    assertTrue(csv.contains("Anställning;< 5;< 5;;") && csv.contains("visas som"), csv);
    TestServer.Binary year =
        org.analyst()
            .bytes(org.at("/services/steget-fram/report.pdf?from=2026-01-01&to=2026-12-31"));
    assertEquals(200, year.status());
    try (PDDocument doc = Loader.loadPDF(year.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(
          text.contains("Analytiker får sammanställningar för hela halvår"),
          "a whole year is not a period of this calendar, and the rule says so: " + text);
      assertFalse(
          text.contains("Inskrivna under perioden"), "no outcome table outside a release: " + text);
    }
  }

  @Test
  void the_organisations_report_has_every_service_and_english_on_request() throws IOException {
    TestServer.Binary pdf =
        org.handledare().bytes(org.at("/report.pdf?from=2026-01-01&to=2026-06-30&lang=en"));
    assertEquals(200, pdf.status());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Interim report 2026-H1: AME ame-print"), text);
      assertTrue(text.contains("Steget fram") && text.contains("Vuxenutbildning"), text);
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
    }
    TestServer.Binary quarter =
        org.handledare().bytes(org.at("/report.pdf?from=2026-04-01&to=2026-06-30"));
    try (PDDocument doc = Loader.loadPDF(quarter.body())) {
      assertTrue(new PDFTextStripper().getText(doc).contains("Kvartalsrapport 2026-Q2"));
    }
  }

  @Test
  void a_bad_period_is_a_problem_naming_the_field() {
    TestServer.Reply r =
        org.handledare()
            .get(org.at("/services/steget-fram/report.pdf?from=2026-12-31&to=2026-01-01"));
    assertEquals(422, r.status());
    assertEquals("/from", r.json().at("/errors/0/pointer").asText());
    assertEquals(
        404,
        org.handledare()
            .get(org.at("/services/nope/report.pdf?from=2026-01-01&to=2026-12-31"))
            .status());
  }

  @Test
  void every_charts_text_fits_its_canvas_measured_with_the_embedded_fonts_own_metrics() {
    Pdf pdf = new Pdf("fit", Language.SV);
    List<String> outside = new ArrayList<>();
    for (Language lang : Language.values()) {
      for (var chart : ChartGallery.all(lang).entrySet()) {
        texts(chart.getValue().shapes(), chart.getKey(), chart.getValue(), pdf, outside);
      }
    }
    assertEquals(List.of(), outside, "texts reaching outside their chart in Liberation Sans");
  }

  private static void texts(
      List<Shape> shapes, String name, Drawing d, Pdf pdf, List<String> outside) {
    for (Shape shape : shapes) {
      if (shape instanceof Shape.Group g) {
        texts(g.shapes(), name, d, pdf, outside);
      } else if (shape instanceof Shape.Text t) {
        double w = pdf.width(t.text(), t.size());
        double left =
            t.x()
                - (t.anchor() == Shape.Anchor.MIDDLE
                    ? w / 2
                    : t.anchor() == Shape.Anchor.END ? w : 0);
        if (left < 0 || left + w > d.width() || t.y() - t.size() < 0 || t.y() > d.height()) {
          outside.add(name + ": '" + t.text() + "'");
        }
      }
    }
  }

  private static void walk(PDStructureNode node, List<PDStructureElement> out) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        out.add(e);
        walk(e, out);
      }
    }
  }
}
