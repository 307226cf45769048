package se.skapa.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.chart.SpiderChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.ActiveInterventions;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.IndicatorProgression;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.Intervention;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ParticipantProgression;
import se.skapa.core.progression.ProgressionAnalyzer;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.SeriesProgression;

/**
 * One participant over a year: five SKAPA measurements, self-rated and by the handledare, a change
 * of handledare, and a job-focused intervention in parallel with a health-related one. The person
 * is invented; the key is a löpnummer.
 */
public final class ProgressionExample {

  public static final Clock CLOCK =
      Clock.fixed(
          LocalDate.of(2026, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final Pseudonym PARTICIPANT = Pseudonym.of("d-0042");
  static final String[] DATES = {
    "2025-01-15", "2025-04-10", "2025-07-02", "2025-09-25", "2025-12-12"
  };
  // health, everyday, job-belief, labour-market, job-search, cooperation; 0 = not answered
  static final int[][] SELF = {
    {3, 4, 2, 3, 1, 5},
    {4, 4, 3, 3, 2, 5},
    {4, 5, 5, 4, 0, 6},
    {5, 6, 6, 6, 5, 6},
    {6, 6, 7, 7, 6, 7}
  };
  static final int[] BELIEF = {1, 2, 2, 3, 3};
  static final String[] HANDLEDARE = {"h-7", "h-7", "h-7", "h-9", "h-9"};

  private ProgressionExample() {}

  public static void main(String[] args) {
    run(Output.standard());
  }

  /** The measurements of the example, in date order. */
  public static List<Measurement> measurements() {
    Instrument skapa = BuiltInInstruments.skapa();
    List<String> keys =
        skapa.indicatorsFor(Respondent.PARTICIPANT).stream().map(i -> i.key()).toList();
    List<Measurement> ms = new ArrayList<>();
    for (int m = 0; m < DATES.length; m++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      for (int k = 0; k < keys.size(); k++) {
        answers.put(keys.get(k), SELF[m][k] == 0 ? Answer.notAnswered() : Answer.score(SELF[m][k]));
      }
      LocalDate date = LocalDate.parse(DATES[m]);
      Pseudonym h = Pseudonym.of(HANDLEDARE[m]);
      ms.add(
          Measurement.of(PARTICIPANT, date, skapa, Respondent.PARTICIPANT, answers)
              .withHandledare(h));
      ms.add(
          Measurement.of(
                  PARTICIPANT,
                  date,
                  skapa,
                  Respondent.HANDLEDARE,
                  Map.of(BuiltInInstruments.HANDLEDARE_BELIEF, Answer.score(BELIEF[m])))
              .withHandledare(h));
    }
    return ms;
  }

  public static ParticipantProgression run(Output o) {
    Instrument skapa = BuiltInInstruments.skapa();
    List<Measurement> ms = measurements();
    ParticipantProgression p =
        ProgressionAnalyzer.of(CLOCK, ProgressionOptions.DEFAULT).analyze(skapa, ms);
    o.heading("SKAPA: deltagare " + p.participant() + ", fem mätningar 2025");
    for (SeriesProgression s : p.series()) {
      o.out().println(s.respondent().label().sv() + " (" + s.measurements() + " mätningar)");
      o.out()
          .printf(
              "  %-52s %5s %6s %6s %-11s %s%n",
              "indikator", "först", "senast", "förändr.", "riktning", "trend/mån");
      for (IndicatorProgression i : s.indicators()) {
        o.out()
            .printf(
                "  %-52s %5d %6d %+6d   %-11s %s%n",
                skapa.indicator(i.key()).orElseThrow().labels().sv(),
                i.first(),
                i.latest(),
                i.change(),
                i.direction().map(d -> d.label().sv()).orElse("–"),
                i.trendPerMonth().isPresent()
                    ? String.format(Locale.ROOT, "%+.2f", i.trendPerMonth().getAsDouble())
                    : "–");
      }
      s.overallIndex()
          .forEach(
              pt ->
                  o.out()
                      .printf(
                          Locale.ROOT,
                          "  index %s: %.1f (%d besvarade)%n",
                          pt.date(),
                          pt.value(),
                          pt.answered()));
    }
    o.out()
        .println(
            "Nästa mätning senast "
                + p.followUp().nextDue()
                + (p.followUp().overdue() ? " (försenad)" : ""));
    o.out().println("Byten av handledare: " + p.handledareChanges());
    List<Intervention> plan =
        List.of(
            new Intervention(
                "Samtalsstöd", BipGroup.HEALTH, LocalDate.parse("2025-01-15"), Optional.empty()),
            new Intervention(
                "Arbetspraktik",
                BipGroup.JOB_FOCUSED,
                LocalDate.parse("2025-05-01"),
                Optional.of(LocalDate.parse("2025-10-31"))));
    for (String d : DATES) {
      ActiveInterventions a = ActiveInterventions.on(plan, LocalDate.parse(d));
      o.out()
          .println(
              "  "
                  + d
                  + ": "
                  + a.groups().stream().map(g -> g.label().sv()).sorted().toList()
                  + (a.jobFocusedInParallel()
                      ? " – jobbinriktad insats parallellt med annan"
                      : ""));
    }
    o.write(
        "skapa-spider-sv.svg", SpiderChart.render(skapa, Respondent.PARTICIPANT, ms, Language.SV));
    o.write(
        "skapa-spider-en.svg", SpiderChart.render(skapa, Respondent.PARTICIPANT, ms, Language.EN));
    return p;
  }
}
