package se.skapa.examples;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.ViolationTexts;
import se.skapa.core.fidelity.FidelityScales;
import se.skapa.core.fidelity.FidelityScorer;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.Review;
import se.skapa.core.fidelity.ReviewResult;
import se.skapa.core.finsam.Allocation;
import se.skapa.core.finsam.BenefitDays;
import se.skapa.core.finsam.FinsamAllocator;
import se.skapa.core.finsam.FullYearEquivalents;
import se.skapa.core.finsam.MemberShare;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.ParticipantProgression;
import se.skapa.core.progression.ProgressionAnalyzer;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.progression.Respondent;
import se.skapa.core.socioeconomic.HudiksvallCase;
import se.skapa.core.socioeconomic.SocioeconomicCalculator;
import se.skapa.core.socioeconomic.SocioeconomicResult;

/**
 * One call per capability of {@code skapa-core}, as docs/library.md quotes them: what a vendor
 * writes to embed SKAPA. The rule of the entry points: what reads today is an object made with a
 * {@link Clock} ({@code of(clock, …)} or {@code withClock(clock)}); everything else is a static
 * function of its input; every answer is an immutable record, and bad input is one {@link
 * ValidationException} with every violation.
 */
public final class LibraryTour {

  static final Clock CLOCK =
      Clock.fixed(
          LocalDate.of(2026, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private LibraryTour() {}

  /** Progression of one participant: two self-ratings of the built-in instrument. */
  static ParticipantProgression progression() {
    // tour:progression
    Instrument skapa = BuiltInInstruments.skapa();
    Pseudonym participant = Pseudonym.of("löpnr-17");
    List<Measurement> measurements =
        List.of(
            Measurement.of(
                participant,
                LocalDate.of(2025, 9, 1),
                skapa,
                Respondent.PARTICIPANT,
                Map.of(BuiltInInstruments.JOB_BELIEF, Answer.score(3))),
            Measurement.of(
                participant,
                LocalDate.of(2025, 12, 1),
                skapa,
                Respondent.PARTICIPANT,
                Map.of(BuiltInInstruments.JOB_BELIEF, Answer.score(6))));
    ParticipantProgression p =
        ProgressionAnalyzer.of(CLOCK, ProgressionOptions.DEFAULT).analyze(skapa, measurements);
    // tour:end
    return p;
  }

  /** An IPS fidelity review, every item scored. */
  static ReviewResult fidelity() {
    // tour:fidelity
    List<ItemScore> items = new ArrayList<>();
    for (int item = 1; item <= 25; item++) {
      items.add(ItemScore.of(item, item <= 12 ? 4 : 3));
    }
    Review review =
        new Review(
            Pseudonym.of("ips-hudiksvall"),
            LocalDate.of(2025, 11, 20),
            List.of(Pseudonym.of("gr-1")),
            items);
    ReviewResult result = FidelityScorer.withClock(CLOCK).score(FidelityScales.ips25(), review);
    // tour:end
    return result;
  }

  /** The Hudiksvall IPS analysis, to the krona. */
  static SocioeconomicResult socioeconomic() {
    // tour:socioeconomic
    SocioeconomicResult r = SocioeconomicCalculator.calculate(HudiksvallCase.input());
    // tour:end
    return r;
  }

  /** An outcome report over the IPS denominator: everyone who accessed the service. */
  static OutcomeReport outcomes() {
    // tour:outcomes
    List<ServiceParticipant> register =
        List.of(
            new ServiceParticipant(
                Pseudonym.of("p-1"),
                LocalDate.of(2025, 2, 3),
                Optional.of(LocalDate.of(2025, 10, 1)),
                Optional.of(OutcomeType.EMPLOYMENT),
                false,
                Optional.of(LocalDate.of(2025, 2, 10)),
                true),
            new ServiceParticipant(
                Pseudonym.of("p-2"),
                LocalDate.of(2025, 5, 12),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                false));
    OutcomeReport report =
        OutcomeReporter.report(
            register,
            ReportTerms.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .withStaff(new BigDecimal("1.6"))
                .withClosingRule(ClosingRule.ACCESSED));
    // tour:end
    return report;
  }

  /** Finsam: a förbund's split and full-year equivalents. */
  static FullYearEquivalents finsam() {
    // tour:finsam
    Allocation split =
        FinsamAllocator.ofStateContribution(
            Kronor.of(4_537_715),
            List.of(
                MemberShare.of("Boden", "0.17"),
                MemberShare.of("Luleå", "0.52"),
                MemberShare.of("Piteå", "0.26"),
                MemberShare.of("Älvsbyn", "0.05")));
    FullYearEquivalents he =
        FullYearEquivalents.of(
            List.of(
                BenefitDays.of(Benefit.SJUKPENNING, "365", "0.5"),
                BenefitDays.of(Benefit.FORSORJNINGSSTOD, "365", "1")),
            Map.of(),
            Optional.of(1_000));
    // tour:end
    if (split.members().size() != 4) {
      throw new IllegalStateException("the förbund has four members: " + split.members());
    }
    return he;
  }

  /** Bad input: every violation at once, each readable in Swedish. */
  static List<String> refusal() {
    // tour:errors
    try {
      FullYearEquivalents.of(
          List.of(BenefitDays.of(Benefit.SJUKPENNING, "-1", "2")), Map.of(), Optional.empty());
      return List.of();
    } catch (ValidationException e) {
      return e.violations().stream()
          .map(v -> v.pointer() + ": " + ViolationTexts.message(v, Language.SV))
          .toList();
    }
    // tour:end
  }

  /**
   * Prints what each call answered.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(progression().series().get(0).indicators().get(0).direction().orElseThrow());
    System.out.println(
        fidelity().band().orElseThrow().code() + " " + fidelity().total().getAsInt());
    System.out.println(socioeconomic().kommunView());
    System.out.println(outcomes().workOrStudies().percentOneDecimal().orElseThrow() + " %");
    System.out.println(finsam().total());
    refusal().forEach(System.out::println);
  }
}
