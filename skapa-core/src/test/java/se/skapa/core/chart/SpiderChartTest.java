package se.skapa.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.RatedBy;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.Scale;
import se.skapa.core.testing.Property;
import se.skapa.core.testing.Xml;

class SpiderChartTest {

  private static final Instrument SKAPA = BuiltInInstruments.skapa();

  private static Measurement m(String date, Integer... scores) {
    Map<String, Answer> answers = new HashMap<>();
    List<Indicator> ind = SKAPA.indicatorsFor(Respondent.PARTICIPANT);
    for (int i = 0; i < scores.length; i++) {
      answers.put(
          ind.get(i).key(), scores[i] == null ? Answer.notAnswered() : Answer.score(scores[i]));
    }
    return Measurement.of(
        Pseudonym.of("p-1"), LocalDate.parse(date), SKAPA, Respondent.PARTICIPANT, answers);
  }

  private static int count(Document d, String element) {
    return d.getElementsByTagNameNS("http://www.w3.org/2000/svg", element).getLength();
  }

  @Test
  void has_title_desc_one_axis_per_indicator_and_swedish_labels_by_default() {
    String svg =
        SpiderChart.render(
            SKAPA,
            Respondent.PARTICIPANT,
            List.of(m("2026-01-01", 3, 4, 5, 6, 7, 8), m("2026-04-01", 4, 5, 6, 7, 8, 9)),
            Language.SV);
    Document d = Xml.parse(svg);
    assertEquals(1, count(d, "title") - countNested(d));
    assertTrue(svg.contains("<desc id=\"desc\">"));
    NodeList groups = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    Element axes = find(groups, "axes");
    assertEquals(6, axes.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength());
    assertTrue(svg.contains("Tilltro till att få jobb"));
    assertTrue(
        SpiderChart.render(SKAPA, Respondent.PARTICIPANT, List.of(m("2026-01-01", 3)), Language.EN)
            .contains("Confidence in getting a job"));
  }

  @Test
  void a_missing_answer_is_a_gap_not_a_zero() {
    String full =
        SpiderChart.render(
            SKAPA, Respondent.PARTICIPANT, List.of(m("2026-01-01", 3, 4, 5, 6, 7, 8)), Language.SV);
    String gap =
        SpiderChart.render(
            SKAPA,
            Respondent.PARTICIPANT,
            List.of(m("2026-01-01", 3, 4, null, 6, 7, 8)),
            Language.SV);
    Element fullM =
        find(
            Xml.parse(full).getElementsByTagNameNS("http://www.w3.org/2000/svg", "g"),
            "measurement");
    Element gapM =
        find(
            Xml.parse(gap).getElementsByTagNameNS("http://www.w3.org/2000/svg", "g"),
            "measurement");
    assertEquals(6, fullM.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength());
    assertEquals(4, gapM.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength());
    assertEquals(
        5, gapM.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
  }

  @Test
  void fewer_than_three_axes_is_refused() {
    assertThrows(
        ValidationException.class,
        () -> SpiderChart.render(SKAPA, Respondent.HANDLEDARE, List.of(), Language.SV));
  }

  @Test
  void labels_are_escaped() {
    LocalizedText l = LocalizedText.of("A & <B>", "A & <B>");
    Instrument odd =
        Instrument.builder("odd", 1)
            .names(l)
            .indicator(Indicator.of("a", l, Scale.of(0, 4), RatedBy.BOTH))
            .indicator(Indicator.of("b", l, Scale.of(1, 10), RatedBy.BOTH))
            .indicator(Indicator.of("c", l, Scale.of(1, 5), RatedBy.BOTH))
            .build();
    Measurement x =
        Measurement.of(
            Pseudonym.of("p-1"),
            LocalDate.parse("2026-01-01"),
            odd,
            Respondent.PARTICIPANT,
            Map.of("a", Answer.score(2)));
    Xml.parse(SpiderChart.render(odd, Respondent.PARTICIPANT, List.of(x), Language.SV));
  }

  @Test
  void property_always_well_formed_deterministic_and_one_axis_per_indicator() {
    Property.forAll(
        "spider chart well-formed",
        100,
        r -> {
          int axes = 3 + r.nextInt(10);
          LocalizedText name =
              LocalizedText.of("Mått <" + r.nextInt() + "> & \"x\"", "Instrument 'y'");
          Instrument.Builder b = Instrument.builder("gen", 1).names(name);
          for (int i = 0; i < axes; i++) {
            int min = r.nextInt(-3, 3);
            b.indicator(
                Indicator.of(
                    "k" + i,
                    LocalizedText.of("Etikett " + i + " <å>", "Label " + i),
                    Scale.of(min, min + 1 + r.nextInt(20)),
                    RatedBy.BOTH));
          }
          Instrument instrument = b.build();
          List<Measurement> ms = new ArrayList<>();
          LocalDate d = LocalDate.parse("2025-01-01");
          for (int k = 1 + r.nextInt(8); k > 0; k--) {
            d = d.plusDays(1 + r.nextInt(100));
            Map<String, Answer> answers = new HashMap<>();
            for (Indicator ind : instrument.indicators()) {
              if (r.nextInt(4) > 0) {
                answers.put(
                    ind.key(), Answer.score(r.nextInt(ind.scale().min(), ind.scale().max() + 1)));
              }
            }
            ms.add(
                Measurement.of(Pseudonym.of("p-1"), d, instrument, Respondent.HANDLEDARE, answers));
          }
          Language lang = r.nextBoolean() ? Language.SV : Language.EN;
          String svg = SpiderChart.render(instrument, Respondent.HANDLEDARE, ms, lang);
          Document doc = Xml.parse(svg);
          Element axesGroup =
              find(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g"), "axes");
          assertEquals(
              axes,
              axesGroup.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength());
          assertEquals(
              svg,
              SpiderChart.render(instrument, Respondent.HANDLEDARE, new ArrayList<>(ms), lang));
        });
  }

  private static int countNested(Document d) {
    // <title> elements inside shapes are tooltips; the document title is the first one.
    NodeList all = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
    int nested = 0;
    for (int i = 0; i < all.getLength(); i++) {
      if (!"svg".equals(all.item(i).getParentNode().getLocalName())) {
        nested++;
      }
    }
    return nested;
  }

  static Element find(NodeList groups, String cls) {
    for (int i = 0; i < groups.getLength(); i++) {
      Element e = (Element) groups.item(i);
      if (cls.equals(e.getAttribute("class"))) {
        return e;
      }
    }
    throw new AssertionError("no <g class=" + cls + ">");
  }

  @Test
  void the_cohort_spider_draws_the_group_means_first_and_latest_with_n_and_says_them_in_words()
      throws Exception {
    se.skapa.core.progression.ProgressionAnalyzer analyzer =
        se.skapa.core.progression.ProgressionAnalyzer.of(
            java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-22T00:00:00Z"), java.time.ZoneOffset.UTC),
            se.skapa.core.progression.ProgressionOptions.DEFAULT);
    se.skapa.core.progression.CohortReport report =
        analyzer.cohort(
            SKAPA,
            Respondent.PARTICIPANT,
            List.of(
                health("p-1", "2026-01-01", 3),
                health("p-1", "2026-04-01", 6),
                health("p-2", "2026-02-01", 8),
                health("p-2", "2026-05-01", 8)));
    String svg = SpiderChart.renderCohort(SKAPA, report, "Steget fram <AME>", Language.SV);
    Document d = Xml.parse(svg);
    String title =
        d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
    assertEquals(
        "SKAPA-spindeln, gruppens medelvärden: Steget fram <AME> (n = 2)",
        title,
        "escaped in the SVG, whole in the text");
    String desc =
        d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent();
    assertTrue(desc.contains("Hantering av hälsa 5,5 till 7,0 (n = 2)"), desc);
    assertTrue(svg.contains("class=\"mean-first\"") && svg.contains("class=\"mean-latest\""), svg);
    assertTrue(
        SpiderChart.renderCohort(SKAPA, report, "S", Language.EN).contains("Group means, n = 2"));
  }

  private static Measurement health(String participant, String date, int score) {
    return Measurement.of(
        Pseudonym.of(participant),
        LocalDate.parse(date),
        SKAPA,
        Respondent.PARTICIPANT,
        Map.of("health-coping", Answer.score(score)));
  }
}
