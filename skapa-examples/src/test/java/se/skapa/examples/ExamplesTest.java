package se.skapa.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.skapa.core.common.Language;
import se.skapa.core.fidelity.ReviewComparison;
import se.skapa.core.finsam.Allocation;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.progression.Direction;
import se.skapa.core.progression.ParticipantProgression;
import se.skapa.core.socioeconomic.SocioeconomicResult;
import se.skapa.core.testing.Xml;

/** The worked examples run as tests: their figures are the published ones, their charts parse. */
class ExamplesTest {

  @TempDir Path dir;
  final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  Output output() {
    return new Output(new PrintStream(printed, true, StandardCharsets.UTF_8), dir);
  }

  String text() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void progression_one_participant_over_a_year() throws Exception {
    ParticipantProgression p = ProgressionExample.run(output());
    assertEquals(2, p.series().size());
    assertTrue(
        p.series().get(0).indicators().stream()
            .allMatch(i -> i.direction().equals(Optional.of(Direction.IMPROVED))));
    assertEquals(1, p.handledareChanges());
    assertEquals(5, p.series().get(0).overallIndex().size());
    assertTrue(text().contains("jobbinriktad insats parallellt med annan"));
    Xml.parse(Files.readString(dir.resolve("skapa-spider-sv.svg")));
    Xml.parse(Files.readString(dir.resolve("skapa-spider-en.svg")));
  }

  @Test
  void the_spider_in_the_docs_is_the_one_the_code_draws() throws Exception {
    ProgressionExample.run(output());
    Path docs = Path.of("..", "docs", "images", "skapa-spider-sv.svg");
    assertEquals(
        Files.readString(dir.resolve("skapa-spider-sv.svg")),
        Files.readString(docs),
        "regenerate docs/images with: mvn -q -pl skapa-examples exec:java -Dskapa.examples.dir=docs/images");
  }

  @Test
  void fidelity_hudiksvall_81_points_fair_then_improving() {
    ReviewComparison c = FidelityExample.run(output());
    assertEquals(81, c.reviews().get(0).total().getAsInt());
    assertEquals("FAIR", c.reviews().get(0).band().orElseThrow().code());
    assertEquals(
        List.of(4, 9, 10, 22, 23, 25),
        c.reviews().get(0).strengths().stream().map(i -> i.number()).toList());
    assertTrue(
        c.reviews().get(0).developmentAreas().stream()
            .map(i -> i.number())
            .toList()
            .containsAll(List.of(8, 11, 12, 17, 18, 21, 24)));
    assertTrue(c.overall().totalChange().getAsInt() > 0);
    assertTrue(c.overall().fell().isEmpty());
    assertTrue(text().contains("Stämmer delvis överens med IPS"));
  }

  @Test
  void socioeconomic_table_beside_the_published_one_marks_exactly_the_two_errors() {
    SocioeconomicResult r = SocioeconomicExample.run(output());
    List<SocioeconomicExample.Row> differing =
        SocioeconomicExample.rows(r).stream().filter(SocioeconomicExample.Row::differs).toList();
    assertEquals(
        List.of("SALARIES", "PRODUCTION_VALUE"),
        differing.stream().map(x -> x.column().name()).toList());
    assertEquals(2, text().split("fel i den publicerade tabellen", -1).length - 1);
  }

  @Test
  void outcomes_reproduce_the_hudiksvall_shares_and_the_finsam_split() {
    OutcomeReport employed = OutcomesExample.employmentReport();
    assertEquals(11, employed.outcome(OutcomeType.EMPLOYMENT).share().count());
    assertEquals(39, employed.outcome(OutcomeType.EMPLOYMENT).share().denominator());
    assertEquals(28, employed.outcome(OutcomeType.EMPLOYMENT).share().percent());
    assertEquals(5, employed.outcome(OutcomeType.EMPLOYMENT).subsidised());
    OutcomeReport closed = OutcomesExample.closedReport();
    assertEquals(4, closed.outcome(OutcomeType.STUDIES).share().count());
    assertEquals(37, closed.outcome(OutcomeType.STUDIES).share().denominator());
    assertEquals(11, closed.outcome(OutcomeType.STUDIES).share().percent());
    assertEquals(34, closed.activeAtEnd());
    assertEquals(21, Math.round(closed.participantsPerStaff().orElseThrow()));
    assertEquals(194.0, closed.meanDaysClosed().orElseThrow(), 1e-9);

    Allocation a = OutcomesExample.sodraNorrbotten();
    assertEquals(
        List.of(385_706L, 1_179_805L, 589_903L, 113_443L),
        a.members().stream().map(m -> m.amount().value()).toList());
    OutcomesExample.run(output());
    assertTrue(
        text()
            .contains(
                "Piteå: exakt 589 902,82 kr; publicerat avkortat till 589 902 kr; största resten får en av de "
                    + "överblivna kronorna (resten ,82 hör till de största): publicerat är \u22121 kr"),
        text());
    assertTrue(
        text().contains("Boden: exakt 385 705,69 kr; publicerat avrundat uppåt till 385 706 kr"),
        text());
    Allocation.MemberPart pitea = a.members().get(2);
    assertEquals(
        "Piteå: exact 589,902.82 kr; published cut to 589,902 kr; largest remainder gets one of the leftover kronor "
            + "(remainder .82 is among the largest): published is \u22121 kr",
        OutcomesExample.explain(pitea, 589_902, Language.EN));
    assertTrue(text().contains("2 kr kort"));
  }

  @Test
  void a_forbunds_year_through_the_stored_routes_gives_the_reports_and_files_in_the_docs()
      throws Exception {
    ForbundYearExample.Year year = ForbundYearExample.run(output());
    var forbund = year.forbundReport().get("report");
    int closed = year.closedPerService().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(40, forbund.get("admitted").asInt(), "forty participants admitted in 2025");
    assertEquals(
        closed,
        forbund.get("closed").asInt(),
        "every closing the year recorded is in the förbund's report");
    assertEquals(
        closed,
        year.serviceReports().values().stream().mapToInt(r -> r.at("/report/closed").asInt()).sum(),
        "the förbund's report is the sum of its services'");
    assertEquals(2, year.reviews().size());
    assertTrue(
        year.reviews().get(1).get("total").asInt() > year.reviews().get(0).get("total").asInt(),
        "the IPS service improved");
    assertTrue(
        year.surveys().get("ips").get("responseRate").asDouble() >= 0.6,
        year.surveys().get("ips").toString());
    assertTrue(
        year.serviceReports()
                .get("steget-fram")
                .get("progression")
                .get("participantsWithTwoOrMore")
                .asInt()
            > 10);
    // The files in docs/ are what this run writes: regenerate with the command in
    // ForbundYearExample's Javadoc.
    Path docs = Path.of("..", "docs", "examples", "forbund-2025");
    for (var file : year.files().entrySet()) {
      if (!file.getKey().endsWith(".pdf")) {
        // Ids are random UUIDs by design; everything else is the same year every run.
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        assertEquals(
            Files.readString(file.getValue()).replaceAll(uuid, "<id>"),
            Files.readString(docs.resolve(file.getKey())).replaceAll(uuid, "<id>"),
            file.getKey() + " differs from docs/examples/forbund-2025: regenerate it");
      } else {
        try (var printed = Loader.loadPDF(file.getValue().toFile());
            var kept = Loader.loadPDF(docs.resolve(file.getKey()).toFile())) {
          var text = new PDFTextStripper();
          assertEquals(
              text.getText(printed),
              text.getText(kept),
              file.getKey() + " differs from docs/examples/forbund-2025: regenerate it");
        }
      }
    }
    assertTrue(
        Files.readString(year.files().get("rapport-forbundet-2025.csv"))
            .startsWith("\uFEFFMått;Antal;Nämnare;Andel (%);"));
  }

  @Test
  void the_library_guide_quotes_code_that_runs_and_answers_as_it_says() throws Exception {
    assertEquals(
        Direction.IMPROVED,
        LibraryTour.progression().series().get(0).indicators().get(0).direction().orElseThrow());
    assertEquals("FAIR", LibraryTour.fidelity().band().orElseThrow().code());
    assertEquals(87, LibraryTour.fidelity().total().getAsInt());
    assertEquals(
        new BigDecimal("50.0"),
        LibraryTour.outcomes().workOrStudies().percentOneDecimal().orElseThrow());
    assertEquals(0, new BigDecimal("1.5").compareTo(LibraryTour.finsam().total()));
    assertEquals(
        List.of("/days/0/days", "/days/0/degree"),
        LibraryTour.refusal().stream().map(l -> l.substring(0, l.indexOf(':'))).toList());
    // Every snippet of docs/library.md is the tour's code, character for character.
    String source = Files.readString(Path.of("src/main/java/se/skapa/examples/LibraryTour.java"));
    String guide = Files.readString(Path.of("../docs/library.md"));
    Matcher block = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(guide);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      String indented =
          block
              .group(1)
              .lines()
              .map(l -> l.isEmpty() ? l : "    " + l)
              .collect(Collectors.joining("\n"));
      assertTrue(
          source.contains(indented),
          "docs/library.md quotes code the tour does not have:\n" + block.group(1));
    }
    assertEquals(6, blocks);
  }
}
