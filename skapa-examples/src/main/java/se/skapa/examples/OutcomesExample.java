package se.skapa.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.finsam.Allocation;
import se.skapa.core.finsam.BenefitDays;
import se.skapa.core.finsam.FinsamAllocator;
import se.skapa.core.finsam.FullYearEquivalents;
import se.skapa.core.finsam.MemberShare;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.Metric;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Target;

/**
 * Outcome follow-up and Finsam arithmetic. The Hudiksvall register is RECONSTRUCTED: individual
 * records were not published, so these 71 records are built to match every published aggregate (37
 * closed, 2 employed not yet closed, 34 active on 31 May 2018, 11 employed of whom 5 subsidised, 4
 * in studies, 194 days on average for those closed).
 */
public final class OutcomesExample {

  public static final LocalDate FROM = LocalDate.parse("2016-09-01");
  public static final LocalDate TO = LocalDate.parse("2018-05-31");
  public static final BigDecimal COACHES = new BigDecimal("1.6");

  /** Södra Norrbotten 2026 as published: kommun → (share, published kronor). */
  public static final Map<String, long[]> SODRA_NORRBOTTEN_PUBLISHED = new LinkedHashMap<>();

  static {
    SODRA_NORRBOTTEN_PUBLISHED.put("Boden", new long[] {17, 385_706});
    SODRA_NORRBOTTEN_PUBLISHED.put("Luleå", new long[] {52, 1_179_805});
    SODRA_NORRBOTTEN_PUBLISHED.put("Piteå", new long[] {26, 589_902});
    SODRA_NORRBOTTEN_PUBLISHED.put("Älvsbyn", new long[] {5, 113_442});
  }

  private OutcomesExample() {}

  public static void main(String[] args) {
    run(Output.standard());
  }

  /** The reconstructed register. */
  public static List<ServiceParticipant> hudiksvallRegister() {
    List<ServiceParticipant> ps = new ArrayList<>();
    // 37 closed: 9 employed (4 subsidised), 4 studies, 6 occupation, 18 without outcome; 18 × 150 +
    // 18 × 238 + 194 = 37 × 194 days.
    List<OutcomeType> outcomes = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      outcomes.add(
          i < 9
              ? OutcomeType.EMPLOYMENT
              : i < 13 ? OutcomeType.STUDIES : i < 19 ? OutcomeType.OCCUPATION : OutcomeType.NONE);
    }
    for (int i = 0; i < 37; i++) {
      int days = i == 36 ? 194 : i % 2 == 0 ? 150 : 238;
      LocalDate admitted = LocalDate.parse("2016-09-15").plusDays(7L * i);
      ps.add(
          new ServiceParticipant(
              Pseudonym.of(String.format("hud-%03d", i + 1)),
              admitted,
              Optional.of(admitted.plusDays(days)),
              Optional.of(outcomes.get(i)),
              outcomes.get(i) == OutcomeType.EMPLOYMENT && i < 4,
              Optional.of(admitted.plusDays(i % 3 == 0 ? 20 : 7)),
              true));
    }
    // 34 active on 31 May 2018, two of them employed and closing two months after starting work
    // (one subsidised).
    for (int i = 0; i < 34; i++) {
      LocalDate admitted = LocalDate.parse("2017-06-01").plusDays(9L * i);
      Optional<OutcomeType> outcome =
          i < 2 ? Optional.of(OutcomeType.EMPLOYMENT) : Optional.empty();
      ps.add(
          new ServiceParticipant(
              Pseudonym.of(String.format("hud-%03d", 38 + i)),
              admitted,
              Optional.empty(),
              outcome,
              i == 0,
              Optional.of(admitted.plusDays(i % 4 == 0 ? 16 : 5)),
              i % 5 != 0));
    }
    return ps;
  }

  /** Employment over closed + employed-not-yet-closed (39), as the report computes it. */
  public static OutcomeReport employmentReport() {
    return OutcomeReporter.report(
        hudiksvallRegister(),
        ReportTerms.of(FROM, TO)
            .withStaff(COACHES)
            .withClosingRule(ClosingRule.CLOSED_OR_OUTCOME_REACHED));
  }

  /** Studies over the closed (37), as the report computes them. */
  public static OutcomeReport closedReport() {
    return OutcomeReporter.report(
        hudiksvallRegister(), ReportTerms.of(FROM, TO).withStaff(COACHES));
  }

  public static Allocation sodraNorrbotten() {
    List<MemberShare> shares = new ArrayList<>();
    SODRA_NORRBOTTEN_PUBLISHED.forEach(
        (k, v) -> shares.add(new MemberShare(k, BigDecimal.valueOf(v[0], 2))));
    return FinsamAllocator.ofStateContribution(Kronor.of(4_537_714), shares);
  }

  /**
   * How a member's published figure and SKAPA's largest-remainder figure came about, in the
   * reader's language with its number forms.
   *
   * @param part the member's part as SKAPA splits it
   * @param published the figure the förbund published
   * @param language the reader's language
   * @return one line
   */
  public static String explain(Allocation.MemberPart part, long published, Language language) {
    boolean sv = language == Language.SV;
    BigDecimal exact = part.exact();
    long floor = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
    String rest = (sv ? "," : ".") + remainder(exact);
    String printed =
        published == floor
            ? (sv ? "avkortat till " : "cut to ") + Numbers.kronor(floor, language)
            : published == floor + 1
                ? (sv ? "avrundat uppåt till " : "rounded up to ")
                    + Numbers.kronor(floor + 1, language)
                : (sv ? "tryckt som " : "printed as ") + Numbers.kronor(published, language);
    String ours =
        part.amount().value() == floor + 1
            ? (sv
                ? "får en av de överblivna kronorna (resten " + rest + " hör till de största)"
                : "gets one of the leftover kronor (remainder " + rest + " is among the largest)")
            : (sv
                ? "får ingen överbliven krona (resten " + rest + " hör inte till de största)"
                : "gets no leftover krona (remainder " + rest + " is not among the largest)");
    long diff = published - part.amount().value();
    String same =
        diff == 0
            ? (sv ? ": samma belopp" : ": same figure")
            : (sv ? ": publicerat är " : ": published is ")
                + (diff > 0 ? "+" : "")
                + Numbers.kronor(diff, language);
    return part.member()
        + (sv ? ": exakt " : ": exact ")
        + Numbers.decimal(exact, 2, language)
        + (sv ? " kr; publicerat " : " kr; published ")
        + printed
        + (sv ? "; största resten " : "; largest remainder ")
        + ours
        + same;
  }

  private static String remainder(BigDecimal exact) {
    return exact
        .subtract(exact.setScale(0, RoundingMode.FLOOR))
        .movePointRight(2)
        .setScale(0, RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  public static void run(Output o) {
    OutcomeReport employed = employmentReport();
    OutcomeReport closed = closedReport();
    o.heading("Hudiksvall IPS, sept 2016 – maj 2018 (rekonstruerat register)");
    var e = employed.outcome(OutcomeType.EMPLOYMENT);
    o.out()
        .println(
            "Anställning: "
                + e.share().count()
                + " av "
                + e.share().denominator()
                + " = "
                + e.share().percent()
                + " % ("
                + e.subsidised()
                + " med lönebidrag); nämnare: "
                + e.share().denominatorName().sv());
    var s = closed.outcome(OutcomeType.STUDIES);
    o.out()
        .println(
            "Studier: "
                + s.share().count()
                + " av "
                + s.share().denominator()
                + " = "
                + s.share().percent()
                + " %; nämnare: "
                + s.share().denominatorName().sv());
    // Swedish number forms for a Swedish reader: 1,6 coacher, 62,5 %.
    o.out()
        .println(
            "Aktiva 31 maj 2018: "
                + closed.activeAtEnd()
                + " på "
                + Numbers.decimal(COACHES.doubleValue(), 1, Language.SV)
                + " coacher = "
                + Numbers.decimal(closed.participantsPerStaff().orElseThrow(), 0, Language.SV)
                + " per coach; snittid för avslutade: "
                + Numbers.decimal(closed.meanDaysClosed().orElseThrow(), 0, Language.SV)
                + " dagar");
    o.out()
        .println(
            "Samma register med en annan avslutsregel ger andra andelar: anställning över avslutade = "
                + closed.outcome(OutcomeType.EMPLOYMENT).share().count()
                + "/"
                + closed.outcome(OutcomeType.EMPLOYMENT).share().denominator()
                + " = "
                + closed.outcome(OutcomeType.EMPLOYMENT).share().percent()
                + " %. Därför ska nämnaren alltid anges.");
    o.heading("Mål 2018");
    for (Target t :
        List.of(
            new Target(Metric.SHARE_EMPLOYMENT, true, 0.20),
            new Target(Metric.SHARE_STUDIES, true, 0.20),
            new Target(Metric.SHARE_OCCUPATION, true, 0.10),
            new Target(Metric.PARTICIPANTS_PER_STAFF, false, 20))) {
      OutcomeReport basis = t.metric() == Metric.SHARE_EMPLOYMENT ? employed : closed;
      Target.Evaluation ev = t.evaluate(basis);
      o.out()
          .printf(
              "  %-45s mål %s %s, utfall %s: %s%n",
              t.metric().label().sv(),
              t.atLeast() ? "≥" : "≤",
              t.metric().show(t.value(), 1, Language.SV),
              ev.actual().isPresent()
                  ? t.metric().show(ev.actual().getAsDouble(), 1, Language.SV)
                  : "–",
              ev.met()
                  ? "uppnått"
                  : "ej uppnått ("
                      + (ev.gap() > 0 ? "+" : "")
                      + (t.metric().isShare()
                          ? Numbers.decimal(ev.gap() * 100, 1, Language.SV) + " procentenheter"
                          : t.metric().show(ev.gap(), 1, Language.SV))
                      + ")");
    }
    o.heading("Samordningsförbundet Södra Norrbotten 2026");
    Allocation a = sodraNorrbotten();
    o.out()
        .println(
            "Staten "
                + a.state()
                + ", regionen "
                + a.region()
                + ", kommunerna "
                + a.kommuner()
                + ", totalt "
                + a.total());
    long publishedSum = 0;
    for (Allocation.MemberPart part : a.members()) {
      long published = Objects.requireNonNull(SODRA_NORRBOTTEN_PUBLISHED.get(part.member()))[1];
      publishedSum += published;
      o.out().println("  " + explain(part, published, Language.SV));
    }
    o.out()
        .println(
            "  Publicerat summerar till "
                + Kronor.format(publishedSum)
                + ", "
                + (a.kommuner().value() - publishedSum)
                + " kr kort; största-resten-regeln summerar alltid till kvarten "
                + a.kommuner());
    o.heading("Helårsekvivalenter (handräknat exempel)");
    FullYearEquivalents he =
        FullYearEquivalents.of(
            List.of(
                BenefitDays.of(Benefit.SJUKPENNING, "365", "1"),
                    BenefitDays.of(Benefit.SJUKPENNING, "200", "0.5"),
                BenefitDays.of(Benefit.AKTIVITETSSTOD, "146", "1"),
                    BenefitDays.of(Benefit.FORSORJNINGSSTOD, "365", "0.5")),
            Map.of(),
            Optional.of(100));
    he.perGroup()
        .forEach(
            (g, v) ->
                o.out()
                    .println(
                        "  "
                            + g.label().sv()
                            + ": "
                            + Numbers.decimal(v.doubleValue(), 3, Language.SV)
                            + " HE"));
    o.out()
        .println(
            "  Totalt "
                + Numbers.decimal(he.total().doubleValue(), 3, Language.SV)
                + " HE = "
                + Numbers.percent(
                    he.shareOfPopulation().orElseThrow().doubleValue(), 2, Language.SV)
                + " av 100 invånare 16–64 år");
  }
}
