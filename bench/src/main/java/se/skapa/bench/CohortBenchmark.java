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
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.ProgressionAnalyzer;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.RatedBy;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.Scale;

/**
 * The cohort report over 100 000 participants × 10 measurements × 11 indicators (a BIP-11-sized
 * instrument), validation included. Input is built once per trial, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g"})
public class CohortBenchmark {

  @Param({"100000"})
  int participants;

  Instrument instrument;
  List<se.skapa.core.progression.Measurement> measurements;
  ProgressionAnalyzer analyzer;

  @Setup(Level.Trial)
  public void build() {
    LocalizedText label = LocalizedText.of("Indikator", "Indicator");
    Instrument.Builder b = Instrument.builder("bench-11", 1).names(label);
    for (int i = 0; i < 11; i++) {
      b.indicator(Indicator.of("i" + i, label, Scale.of(1, 10), RatedBy.BOTH));
    }
    instrument = b.build();
    analyzer =
        ProgressionAnalyzer.of(
            Clock.fixed(
                LocalDate.of(2026, 11, 22).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC),
            ProgressionOptions.DEFAULT);
    SplittableRandom r = new SplittableRandom(42);
    measurements = new ArrayList<>(participants * 10);
    for (int p = 0; p < participants; p++) {
      Pseudonym key = Pseudonym.of("p-" + p);
      LocalDate d = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(90));
      for (int m = 0; m < 10; m++) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < 11; i++) {
          answers.put(
              "i" + i, r.nextInt(10) == 0 ? Answer.notAnswered() : Answer.score(1 + r.nextInt(10)));
        }
        measurements.add(
            new se.skapa.core.progression.Measurement(
                key,
                d,
                "bench-11",
                1,
                Respondent.PARTICIPANT,
                Optional.empty(),
                answers,
                Optional.empty()));
        d = d.plusDays(60 + r.nextInt(40));
      }
    }
  }

  @Benchmark
  public CohortReport cohort() {
    return analyzer.cohort(instrument, Respondent.PARTICIPANT, measurements);
  }
}
