package se.skapa.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.skapa.core.common.Language;
import se.skapa.core.testing.Xml;

/**
 * Every chart read as a person would: nothing outside the canvas, and the accessible text names the
 * figures drawn.
 */
class ChartsReadableTest {

  @Test
  void every_chart_in_both_languages_is_well_formed_titled_and_keeps_its_text_on_the_canvas() {
    for (Language lang : Language.values()) {
      for (Map.Entry<String, Drawing> chart : ChartGallery.all(lang).entrySet()) {
        String svg = chart.getValue().toSvg();
        Document d = Xml.parse(svg);
        Element root = d.getDocumentElement();
        assertEquals("img", root.getAttribute("role"), chart.getKey());
        assertTrue(
            !chart.getValue().title().isBlank() && !chart.getValue().description().isBlank(),
            chart.getKey());
        assertEquals(
            List.of(), Xml.textsOutside(d), chart.getKey() + ": text reaches outside the canvas");
        assertTrue(
            texts(d, null).stream()
                .anyMatch(t -> chart.getValue().title().startsWith(t.replace("…", ""))),
            chart.getKey() + ": the title is on the image, not only in the tooltip");
        assertEquals(svg, chart.getValue().toSvg(), "deterministic");
      }
    }
  }

  @Test
  void the_charts_in_the_docs_are_the_ones_the_code_draws() throws java.io.IOException {
    java.nio.file.Path docs = java.nio.file.Path.of("..", "docs", "images", "charts");
    for (Language lang : Language.values()) {
      for (Map.Entry<String, Drawing> chart : ChartGallery.all(lang).entrySet()) {
        assertEquals(
            chart.getValue().toSvg(),
            java.nio.file.Files.readString(docs.resolve(chart.getKey() + ".svg")),
            chart.getKey() + ": regenerate docs/images/charts with tools/render-charts.sh");
      }
    }
  }

  @Test
  void no_chart_uses_red_or_green_for_better_or_worse() {
    for (Language lang : Language.values()) {
      for (Map.Entry<String, Drawing> chart : ChartGallery.all(lang).entrySet()) {
        String svg = chart.getValue().toSvg().toLowerCase(java.util.Locale.ROOT);
        for (String colour :
            List.of("#c62828", "#2e7d32", "#ff0000", "#00ff00", "#d32f2f", "#388e3c")) {
          assertTrue(!svg.contains(colour), chart.getKey() + " uses " + colour);
        }
      }
    }
  }

  @Test
  void the_accessible_text_names_the_figures_the_chart_shows() {
    for (Language lang : Language.values()) {
      Map<String, Drawing> all = ChartGallery.all(lang);
      for (String name : List.of("payers-", "targets-")) {
        Drawing chart = all.get(name + lang.tag());
        Document d = Xml.parse(chart.toSvg());
        String group = name.equals("payers-") ? "payer" : "target";
        for (Element g : Xml.groups(d, group)) {
          List<String> figures = texts(d, g);
          String last = figures.get(figures.size() - 1);
          for (String part : last.split(" · ")) {
            assertTrue(
                chart.description().contains(part),
                name
                    + lang.tag()
                    + ": '"
                    + part
                    + "' is drawn but not said: "
                    + chart.description());
          }
        }
      }
      for (String name : List.of("fidelity-", "fidelity-compare-")) {
        Drawing chart = all.get(name + lang.tag());
        Document d = Xml.parse(chart.toSvg());
        for (Element g : Xml.groups(d, "item")) {
          List<String> t = texts(d, g);
          String figure = t.get(t.size() - 1).replace(" ▲", "").replace(" ▼", "").replace(" =", "");
          String item = g.getAttribute("data-number");
          assertTrue(
              chart
                  .description()
                  .matches(
                      "(?s).*\\b"
                          + item
                          + " [^;]*: "
                          + java.util.regex.Pattern.quote(figure)
                          + ";.*"),
              name
                  + lang.tag()
                  + ": item "
                  + item
                  + " shows "
                  + figure
                  + " but the description says otherwise");
        }
      }
      Drawing spider = all.get("spider-" + lang.tag());
      for (Element g : Xml.groups(Xml.parse(spider.toSvg()), "measurement")) {
        assertTrue(
            spider.description().contains(g.getAttribute("data-date") + ":"),
            "every measurement drawn is in the description");
      }
    }
  }

  @Test
  void numbers_are_written_in_the_languages_own_form_with_a_real_minus_sign() {
    String sv = ChartGallery.all(Language.SV).get("payers-sv").toSvg();
    String en = ChartGallery.all(Language.EN).get("payers-en").toSvg();
    assertTrue(sv.contains("netto −892 440 kr"), "Swedish grouping and U+2212");
    assertTrue(en.contains("net −892,440 kr"), "English grouping");
    assertTrue(!sv.contains(">-") && !sv.contains(" -8"), "no hyphen for a minus");
    String targets = ChartGallery.all(Language.SV).get("targets-sv").toSvg();
    assertTrue(targets.contains("≥ 40 %"), targets);
  }

  @Test
  void a_missing_answer_and_the_scale_are_explained_on_the_image() {
    String missing = ChartGallery.all(Language.SV).get("spider-missing-sv").toSvg();
    assertTrue(missing.contains("obesvarad fråga"), "the gap is explained in words");
    assertTrue(
        !ChartGallery.all(Language.SV).get("spider-sv").toSvg().contains("obesvarad fråga"),
        "only when there is a gap");
    assertTrue(missing.contains("Mitten = skalans lägsta värde"));
    assertTrue(
        ChartGallery.all(Language.EN)
            .get("spider-en")
            .toSvg()
            .contains("Centre = the scale&apos;s lowest value"),
        "escaped in the SVG");
  }

  @Test
  void the_handledares_rating_is_shown_beside_the_participants_own() {
    String sv = ChartGallery.all(Language.SV).get("spider-handledare-sv").toSvg();
    assertTrue(
        sv.contains(
                "Handledarens skattning 2026-10-05: Handledarens tilltro till att deltagaren får jobb 3 av 4 (Goda chanser)")
            || sv.contains("Handledarens skattning 2026-10-05: Handledarens tilltro till"),
        sv);
    Drawing d = ChartGallery.all(Language.SV).get("spider-handledare-sv");
    assertTrue(d.description().contains("3 av 4 (Goda chanser)"), d.description());
  }

  private static List<String> texts(Document d, Element within) {
    NodeList all =
        (within == null ? d.getDocumentElement() : within).getElementsByTagNameNS(Xml.SVG, "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      out.add(all.item(i).getTextContent());
    }
    return out;
  }
}
