package se.skapa.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.ProgressionAnalyzer;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;
import se.skapa.insights.Options;
import se.skapa.insights.PrecedesWork;
import se.skapa.insights.Series;
import se.skapa.insights.WorkAnalysis;

/**
 * What precedes work over 10 000 participants with two years of quarterly measurements of the SKAPA
 * instrument (eight self-ratings and eight handledare ratings each, every indicator fitted), beside
 * the cohort report over the same self-ratings in the same run. The analysis includes turning
 * measurements into anonymous series, as the route does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
public class InsightsBenchmark {

  @Param({"10000"})
  int participants;

  Instrument instrument;
  List<List<se.skapa.core.progression.Measurement>> byPerson;
  List<se.skapa.core.progression.Measurement> selfRatings;
  List<List<LocalDate>> events;
  ProgressionAnalyzer analyzer;

  @Setup(Level.Trial)
  public void build() {
    instrument = BuiltInInstruments.skapa();
    analyzer =
        ProgressionAnalyzer.of(
            Clock.fixed(
                LocalDate.of(2026, 11, 22).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC),
            ProgressionOptions.DEFAULT);
    SplittableRandom r = new SplittableRandom(42);
    byPerson = new ArrayList<>();
    selfRatings = new ArrayList<>();
    events = new ArrayList<>();
    for (int p = 0; p < participants; p++) {
      Pseudonym key = Pseudonym.of("p-" + p);
      LocalDate d = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(60));
      List<se.skapa.core.progression.Measurement> mine = new ArrayList<>();
      List<LocalDate> work = new ArrayList<>();
      int level = 2 + r.nextInt(4);
      for (int q = 0; q < 8; q++) {
        for (Respondent who : Respondent.values()) {
          Map<String, Answer> answers = new HashMap<>();
          for (Indicator i : instrument.indicatorsFor(who)) {
            int score =
                Math.min(i.scale().max(), Math.max(i.scale().min(), level - 1 + r.nextInt(3)));
            answers.put(i.key(), Answer.score(score));
          }
          se.skapa.core.progression.Measurement m =
              new se.skapa.core.progression.Measurement(
                  key,
                  d,
                  BuiltInInstruments.SKAPA_ID,
                  1,
                  who,
                  Optional.empty(),
                  answers,
                  Optional.empty());
          mine.add(m);
          if (who == Respondent.PARTICIPANT) {
            selfRatings.add(m);
          }
        }
        if (work.isEmpty() && r.nextInt(12) == 0) {
          work.add(d.plusDays(1 + r.nextInt(80)));
        }
        level = Math.min(9, level + r.nextInt(2));
        d = d.plusDays(91);
      }
      byPerson.add(mine);
      events.add(work);
    }
  }

  @Benchmark
  public WorkAnalysis precedesWork() {
    List<Series> people = new ArrayList<>(byPerson.size());
    for (int i = 0; i < byPerson.size(); i++) {
      people.add(Series.of(byPerson.get(i), events.get(i), LocalDate.of(2026, 6, 30)));
    }
    return PrecedesWork.analyse(instrument, people, Options.DEFAULT);
  }

  @Benchmark
  public CohortReport cohort() {
    return analyzer.cohort(instrument, Respondent.PARTICIPANT, selfRatings);
  }
}
