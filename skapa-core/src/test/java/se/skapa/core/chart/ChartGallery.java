package se.skapa.core.chart;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.fidelity.FidelityScale;
import se.skapa.core.fidelity.FidelityScales;
import se.skapa.core.fidelity.FidelityScorer;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.Review;
import se.skapa.core.fidelity.ReviewComparison;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.Metric;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Target;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ProgressionAnalyzer;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.RatedBy;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.Scale;
import se.skapa.core.register.IpsOutcomeTerms;
import se.skapa.core.socioeconomic.HudiksvallCase;
import se.skapa.core.socioeconomic.SocioeconomicCalculator;

/**
 * Every chart SKAPA draws, in both languages, with short, long and missing data: what the tests
 * hold to the canvas and to their accessible text, and what {@code docs/images} shows. Names are
 * file names.
 */
public final class ChartGallery {

  static final Clock CLOCK =
      Clock.fixed(
          LocalDate.of(2026, 11, 22).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final Instrument SKAPA = BuiltInInstruments.skapa();
  static final FidelityScale IPS = FidelityScales.ips25();
  private static final int[] MAY_2018 = {
    4, 3, 3, 5, 3, 3, 3, 2, 5, 5, 2, 2, 3, 3, 3, 3, 2, 2, 3, 3, 2, 5, 5, 2, 5
  };
  private static final int[] MAY_2019 = {
    4, 4, 3, 5, 4, 3, 3, 3, 5, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 5, 5, 3, 5
  };

  private ChartGallery() {}

  /**
   * Writes every chart in both languages as SVG into the directory given (docs/images/charts);
   * tools/render-charts.sh makes the PNGs.
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Path dir =
        java.nio.file.Path.of(args.length > 0 ? args[0] : "docs/images/charts");
    java.nio.file.Files.createDirectories(dir);
    for (Language lang : Language.values()) {
      for (Map.Entry<String, Drawing> e : all(lang).entrySet()) {
        java.nio.file.Files.writeString(dir.resolve(e.getKey() + ".svg"), e.getValue().toSvg());
      }
    }
  }

  /** Every chart by name, for one language. */
  public static Map<String, Drawing> all(Language lang) {
    Map<String, Drawing> out = new LinkedHashMap<>();
    String l = lang.tag();
    out.put(
        "spider-" + l,
        SpiderChart.draw(SKAPA, Respondent.PARTICIPANT, year("lopnr-0042", false), lang));
    List<Measurement> withHandledare = new ArrayList<>(year("lopnr-0042", false));
    withHandledare.add(
        Measurement.of(
            Pseudonym.of("lopnr-0042"),
            LocalDate.of(2026, 10, 5),
            SKAPA,
            Respondent.HANDLEDARE,
            Map.of("handledare-belief", Answer.score(3))));
    out.put(
        "spider-handledare-" + l,
        SpiderChart.draw(SKAPA, Respondent.PARTICIPANT, withHandledare, lang));
    out.put(
        "spider-missing-" + l,
        SpiderChart.draw(SKAPA, Respondent.PARTICIPANT, year("lopnr-0042", true), lang));
    out.put(
        "spider-single-" + l,
        SpiderChart.draw(
            SKAPA, Respondent.PARTICIPANT, year("lopnr-0042", false).subList(0, 1), lang));
    out.put(
        "spider-long-labels-" + l,
        SpiderChart.draw(LONG, Respondent.PARTICIPANT, longLabels(), lang));
    ProgressionAnalyzer analyzer = ProgressionAnalyzer.of(CLOCK, ProgressionOptions.DEFAULT);
    List<Measurement> cohort = new ArrayList<>();
    for (int p = 0; p < 12; p++) {
      cohort.addAll(year("c-" + p, p % 4 == 0));
    }
    out.put(
        "cohort-spider-" + l,
        SpiderChart.drawCohort(
            SKAPA,
            analyzer.cohort(SKAPA, Respondent.PARTICIPANT, cohort),
            "Steget fram – arbetsträning med stöd",
            lang));
    FidelityScorer scorer = FidelityScorer.withClock(CLOCK);
    out.put(
        "fidelity-" + l,
        FidelityChart.draw(IPS, scorer.score(IPS, review("2019-05-20", MAY_2019, 25)), lang));
    out.put(
        "fidelity-draft-" + l,
        FidelityChart.draw(IPS, scorer.score(IPS, review("2019-05-20", MAY_2019, 15)), lang));
    out.put(
        "fidelity-compare-" + l,
        FidelityCompareChart.draw(
            IPS,
            ReviewComparison.of(
                scorer,
                IPS,
                List.of(review("2018-05-15", MAY_2018, 25), review("2019-05-20", MAY_2019, 25))),
            lang));
    out.put(
        "payers-" + l,
        PayerChart.draw(SocioeconomicCalculator.calculate(HudiksvallCase.input()), lang));
    out.put(
        "targets-" + l,
        TargetsChart.draw(
            report(),
            List.of(
                new Target(Metric.SHARE_LASTING, true, 0.4),
                new Target(Metric.SHARE_CONTACTED, true, 0.9),
                new Target(Metric.SHARE_ACTION_PLAN, true, 1.0),
                new Target(Metric.PARTICIPANTS_PER_STAFF, false, 15)),
            lang));
    out.put(
        "ips-outcomes-" + l,
        IpsOutcomesChart.draw(ipsQuarters(4, lang), IpsOutcomeTerms.DEFAULT, lang));
    out.put(
        "ips-outcomes-long-" + l,
        IpsOutcomesChart.draw(ipsQuarters(12, lang), IpsOutcomeTerms.DEFAULT, lang));
    out.put("forest-" + l, forest(lang));
    return out;
  }

  /** What precedes work in an organisation's data: five estimates, one refused, one wide. */
  static Drawing forest(Language lang) {
    boolean en = lang == Language.EN;
    List<ForestPlot.Row> rows = new ArrayList<>();
    Object[][] data = {
      {"Hantering av hälsa", "Coping with health", 1.12, 0.91, 1.38},
      {"Hantering av vardagen", "Coping with everyday life", 1.05, 0.84, 1.31},
      {"Tilltro till att få jobb", "Belief in getting a job", 1.42, 1.11, 1.82},
      {"Kunskap om arbetsmarknaden", "Knowledge of the labour market", 0.97, 0.78, 1.2},
      {"Jobbsökningsbeteende", "Job search behaviour", 1.31, 1.02, 1.69},
      {"Samarbetsförmåga", "Cooperation", 1.6, 0.62, 4.1},
    };
    for (Object[] d : data) {
      rows.add(
          new ForestPlot.Row(
              (String) (en ? d[1] : d[0]),
              Optional.of(new ForestPlot.Interval((double) d[2], (double) d[3], (double) d[4])),
              ""));
    }
    rows.add(
        new ForestPlot.Row(
            en ? "Handledare's belief in a job" : "Handledarens tilltro till jobb",
            Optional.empty(),
            en ? "too few events" : "för få händelser"));
    return ForestPlot.draw(
        en
            ? "What precedes work: change per indicator"
            : "Vad föregår arbete: förändring per indikator",
        en
            ? "Odds ratio per step of change since the measurement before, 95% interval; an"
                + " association in the organisation's data, not a prognosis"
            : "Oddskvot per stegs förändring sedan förra mätningen, 95 % KI; ett samband i"
                + " organisationens data, inte en prognos",
        rows,
        lang);
  }

  /** Quarters of an IPS service growing into its work: one withheld, fidelity from the second. */
  static List<IpsOutcomesChart.Quarter> ipsQuarters(int n, Language lang) {
    List<IpsOutcomesChart.Quarter> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = (2024 + i / 4) + "-Q" + (i % 4 + 1);
      out.add(
          new IpsOutcomesChart.Quarter(
              name,
              i == 0
                  ? java.util.OptionalDouble.empty()
                  : java.util.OptionalDouble.of(Math.min(0.62, 0.18 + 0.06 * i)),
              "< 5",
              i == 0 ? Optional.empty() : Optional.of((70 + 4 * i) + "/125")));
    }
    return out;
  }

  /**
   * A self-rating every three months over a year, improving; with {@code gaps}, two questions left
   * unanswered.
   */
  static List<Measurement> year(String who, boolean gaps) {
    List<Indicator> axes = SKAPA.indicatorsFor(Respondent.PARTICIPANT);
    List<Measurement> out = new ArrayList<>();
    String[] dates = {"2026-01-12", "2026-04-08", "2026-07-02", "2026-10-05"};
    for (int d = 0; d < dates.length; d++) {
      Map<String, Answer> answers = new HashMap<>();
      for (int i = 0; i < axes.size(); i++) {
        boolean skip = gaps && d == 1 && (i == 2 || i == 4);
        answers.put(
            axes.get(i).key(),
            skip
                ? Answer.notAnswered()
                : Answer.score(Math.min(10, 2 + i % 3 + d * 2 - (i == 5 ? d : 0))));
      }
      out.add(
          Measurement.of(
              Pseudonym.of(who),
              LocalDate.parse(dates[d]),
              SKAPA,
              Respondent.PARTICIPANT,
              answers));
    }
    return out;
  }

  /** An instrument loaded as data whose labels are as long as a licensed one's may be. */
  static final Instrument LONG = longInstrument();

  private static Instrument longInstrument() {
    Instrument.Builder b =
        Instrument.builder("long-labels", 1)
            .names(
                LocalizedText.of(
                    "Ett licensierat instrument med mycket långa namn på sina indikatorer, inläst som data",
                    "A licensed instrument with very long indicator names, loaded as data"));
    String[][] labels = {
      {
        "Förmåga att hantera psykisk och fysisk ohälsa i vardagen",
        "Ability to cope with mental and physical ill health in everyday life"
      },
      {
        "Tilltro till den egna förmågan att få och behålla ett arbete",
        "Belief in one's own ability to get and keep a job"
      },
      {
        "Kunskap om arbetsmarknadens krav och möjligheter",
        "Knowledge of the labour market's demands and opportunities"
      },
      {"Aktivt jobbsökande", "Active job search"},
      {
        "Samarbete med arbetskamrater, handledare och chefer på arbetsplatsen",
        "Cooperation with colleagues, supervisors and managers at work"
      },
    };
    for (int i = 0; i < labels.length; i++) {
      b.indicator(
          Indicator.of(
              "i-" + i,
              LocalizedText.of(labels[i][0], labels[i][1]),
              Scale.of(1, 10),
              RatedBy.PARTICIPANT));
    }
    return b.build();
  }

  private static List<Measurement> longLabels() {
    List<Measurement> out = new ArrayList<>();
    for (int d = 0; d < 2; d++) {
      Map<String, Answer> answers = new HashMap<>();
      for (int i = 0; i < 5; i++) {
        answers.put("i-" + i, Answer.score(3 + i + d * 2));
      }
      out.add(
          Measurement.of(
              Pseudonym.of("lopnr-0042"),
              LocalDate.of(2026, 3 + d * 6, 1),
              LONG,
              Respondent.PARTICIPANT,
              answers));
    }
    return out;
  }

  private static Review review(String date, int[] scores, int items) {
    List<ItemScore> list = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      list.add(ItemScore.of(i + 1, scores[i]));
    }
    return new Review(
        Pseudonym.of("ips-hudiksvall"),
        LocalDate.parse(date),
        List.of(Pseudonym.of("granskare-1")),
        list);
  }

  private static OutcomeReport report() {
    List<ServiceParticipant> ps = new ArrayList<>();
    OutcomeType[] outcomes = {
      OutcomeType.EMPLOYMENT,
      OutcomeType.STUDIES,
      OutcomeType.NONE,
      OutcomeType.EMPLOYMENT,
      OutcomeType.OCCUPATION
    };
    for (int i = 0; i < 20; i++) {
      LocalDate admitted = LocalDate.of(2025, 1, 10).plusDays(i * 9L);
      boolean closed = i % 2 == 0;
      ps.add(
          new ServiceParticipant(
              Pseudonym.of("d-" + i),
              admitted,
              closed ? Optional.of(admitted.plusDays(150)) : Optional.empty(),
              closed ? Optional.of(outcomes[i % outcomes.length]) : Optional.empty(),
              false,
              Optional.of(admitted.plusDays(i % 5 == 0 ? 20 : 5)),
              i != 3));
    }
    return OutcomeReporter.report(
        ps,
        new ReportTerms(
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            new BigDecimal("1.6"),
            ClosingRule.CLOSED,
            14));
  }
}
