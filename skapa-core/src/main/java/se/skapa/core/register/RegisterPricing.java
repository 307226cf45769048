package se.skapa.core.register;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.socioeconomic.After;
import se.skapa.core.socioeconomic.BenefitBefore;
import se.skapa.core.socioeconomic.ParameterSet;
import se.skapa.core.socioeconomic.Person;
import se.skapa.core.socioeconomic.Sector;

/**
 * Closed participants as the people of the socioeconomic calculation: Hudiksvall's model fed from
 * what the register recorded at admission and closing instead of amounts typed in. Each rule is
 * named so a reader can check it against the answer:
 *
 * <ul>
 *   <li><b>Before</b>: each benefit at admission that stopped or fell by closing, in the part that
 *       stopped (amount × (degree before − degree after) ÷ degree before). The amount is the one
 *       recorded, or else the parameter set's typical amount for a full benefit × the degree.
 *   <li><b>Tax withheld</b> on a taxed benefit: its amount × the set's tax rate. The register does
 *       not hold the tax withheld; this ignores grundavdrag and so, if anything, overstates the tax
 *       before and understates the tax gained.
 *   <li><b>After</b>: {@code EMPLOYMENT} at closing is work at its degree, paid the amount recorded
 *       with it or else the wages of the jobs held on the closing day, with the subsidies of the
 *       subsidised ones; {@code STUDIES} is studies with the amount recorded with them; anything
 *       else counts nothing (the benefits go on).
 *   <li><b>Not counted</b>, with the reason, when the register cannot carry the person: no support
 *       recorded at admission or closing, an amount neither recorded nor typical, a public benefit
 *       that began or grew by closing (a cost moved, not saved), a salary, a subsidy or study
 *       support not recorded.
 * </ul>
 *
 * The employer's sector is not recorded; the calculation does not use it.
 */
public final class RegisterPricing {

  private static final MathContext MC = MathContext.DECIMAL64;

  private RegisterPricing() {}

  /** Why a closed participant is not counted. */
  public enum Reason {
    /** The support at admission or at closing was not recorded. */
    NO_SUPPORT_RECORDED(
        LocalizedText.of(
            "försörjning vid inskrivning eller avslut är inte registrerad",
            "support at admission or closing is not recorded")),
    /** A benefit's amount was not recorded and the parameter set has no typical amount for it. */
    AMOUNT_UNKNOWN(
        LocalizedText.of(
            "ett belopp saknas och parameteruppsättningen har inget typiskt belopp för förmånen",
            "an amount is not recorded and the parameter set has no typical amount for the benefit")),
    /** A public benefit began or grew by closing: a cost moved, not saved. */
    BENEFIT_GREW(
        LocalizedText.of(
            "en offentlig förmån började eller ökade till avslutet (en kostnad flyttad, inte"
                + " sparad)",
            "a public benefit began or grew by closing (a cost moved, not saved)")),
    /** Work at closing without a recorded salary. */
    SALARY_UNKNOWN(
        LocalizedText.of(
            "arbete vid avslut utan registrerad lön", "work at closing without a recorded wage")),
    /** A subsidised job held at closing without its subsidy. */
    SUBSIDY_UNKNOWN(
        LocalizedText.of(
            "en subventionerad anställning utan registrerat lönestöd",
            "a subsidised job without its recorded subsidy")),
    /**
     * Studies at closing: the register keeps what the person lives on, not the grant part of
     * studiemedel, which alone is a public cost (the loan is repaid).
     */
    STUDY_SUPPORT_UNKNOWN(
        LocalizedText.of(
            "studier vid avslut: registret visar inte hur stor del av studiemedlen som är bidrag (en"
                + " offentlig kostnad) och hur stor som är lån; räkna dem med bidraget i den fristående"
                + " beräkningen",
            "studies at closing: the register does not tell the grant part of studiemedel (a public"
                + " cost) from the loan; count them with the grant in the stateless calculation"));

    private final LocalizedText label;

    Reason(LocalizedText label) {
      this.label = label;
    }

    /** {@return the reason in Swedish and English} */
    public LocalizedText label() {
      return label;
    }
  }

  /**
   * What the register holds of one closed participant.
   *
   * @param admission the support at admission; empty if not recorded
   * @param closing the support at closing; empty if not recorded
   * @param closed the closing day
   * @param jobs the participant's jobs under the enrolment
   */
  public record Closed(
      Optional<List<Support>> admission,
      Optional<List<Support>> closing,
      LocalDate closed,
      List<Job> jobs) {
    /**
     * Copies the lists.
     *
     * @param admission the support at admission; not null
     * @param closing the support at closing; not null
     * @param closed the closing day; not null
     * @param jobs the jobs; not null
     * @throws NullPointerException if a component is null
     */
    public Closed {
      admission = admission.map(List::copyOf);
      closing = closing.map(List::copyOf);
      Objects.requireNonNull(closed, "closed");
      jobs = List.copyOf(jobs);
    }
  }

  /** One closed participant, counted or not. */
  public sealed interface Priced permits Counted, NotCounted {}

  /**
   * A person the calculation counts.
   *
   * @param person the benefits that stopped and where the person went
   * @param recordedAmounts the amounts taken as recorded
   * @param typicalAmounts the amounts taken from the parameter set's typical amounts
   */
  public record Counted(Person person, int recordedAmounts, int typicalAmounts) implements Priced {}

  /**
   * A person the register cannot carry.
   *
   * @param reason why
   */
  public record NotCounted(Reason reason) implements Priced {}

  /**
   * Closed participants priced together.
   *
   * @param people the people counted, in the order given
   * @param closed the closed participants
   * @param notCounted per reason, the participants not counted; every reason present
   * @param recordedAmounts amounts taken as recorded
   * @param typicalAmounts amounts taken from the parameter set
   */
  public record Summary(
      List<Person> people,
      int closed,
      Map<Reason, Integer> notCounted,
      int recordedAmounts,
      int typicalAmounts) {
    /**
     * Copies the collections.
     *
     * @param people the people counted
     * @param closed the closed participants
     * @param notCounted per reason
     * @param recordedAmounts amounts recorded
     * @param typicalAmounts amounts typical
     */
    public Summary {
      people = List.copyOf(people);
      notCounted = Collections.unmodifiableMap(new EnumMap<>(notCounted));
    }
  }

  /**
   * @param closed the closed participants; not null
   * @param parameters the set whose typical amounts and tax rate are used; complete; not null
   * @return the people counted and why the others are not; people + not counted = closed
   */
  public static Summary priceAll(List<Closed> closed, ParameterSet parameters) {
    List<Person> people = new ArrayList<>();
    Map<Reason, Integer> not = new EnumMap<>(Reason.class);
    for (Reason r : Reason.values()) {
      not.put(r, 0);
    }
    int recorded = 0;
    int typical = 0;
    for (Closed c : closed) {
      Priced p = price(c, parameters);
      if (p instanceof Counted counted) {
        people.add(counted.person());
        recorded += counted.recordedAmounts();
        typical += counted.typicalAmounts();
      } else {
        not.merge(((NotCounted) p).reason(), 1, Integer::sum);
      }
    }
    return new Summary(people, closed.size(), not, recorded, typical);
  }

  /**
   * @param c one closed participant; not null
   * @param parameters the set whose typical amounts and tax rate are used; complete; not null
   * @return the person counted, or why not
   */
  public static Priced price(Closed c, ParameterSet parameters) {
    if (c.admission().isEmpty() || c.closing().isEmpty()) {
      return new NotCounted(Reason.NO_SUPPORT_RECORDED);
    }
    List<Support> closing = c.closing().get();
    Map<Benefit, BigDecimal> degreeAfter = new EnumMap<>(Benefit.class);
    for (Support s : closing) {
      s.source().benefit().ifPresent(b -> degreeAfter.merge(b, s.degree(), BigDecimal::add));
    }
    Map<Benefit, BigDecimal> degreeBefore = new EnumMap<>(Benefit.class);
    List<BenefitBefore> before = new ArrayList<>();
    int recorded = 0;
    int typical = 0;
    for (Support s : c.admission().get()) {
      if (s.source().benefit().isEmpty()) {
        continue;
      }
      Benefit b = s.source().benefit().get();
      degreeBefore.merge(b, s.degree(), BigDecimal::add);
      BigDecimal stopped = s.degree().subtract(degreeAfter.getOrDefault(b, BigDecimal.ZERO));
      if (stopped.signum() <= 0) {
        continue;
      }
      Optional<Kronor> full = s.monthlyAmount();
      Kronor amount;
      if (full.isPresent()) {
        amount = full.get();
        recorded++;
      } else {
        Optional<ParameterSet.TypicalAmount> t = parameters.typicalMonthly(b);
        if (t.isEmpty()) {
          return new NotCounted(Reason.AMOUNT_UNKNOWN);
        }
        amount = t.get().monthly().times(s.degree());
        typical++;
      }
      Kronor part = Kronor.round(amount.toBigDecimal().multiply(stopped).divide(s.degree(), MC));
      Kronor tax = b.taxed() ? part.times(parameters.taxRate()) : Kronor.ZERO;
      before.add(new BenefitBefore(b, part, tax));
    }
    for (Map.Entry<Benefit, BigDecimal> e : degreeAfter.entrySet()) {
      if (e.getValue().compareTo(degreeBefore.getOrDefault(e.getKey(), BigDecimal.ZERO)) > 0) {
        return new NotCounted(Reason.BENEFIT_GREW);
      }
    }
    Optional<Support> work = find(closing, SupportSource.EMPLOYMENT);
    if (work.isPresent()) {
      List<Job> held = c.jobs().stream().filter(j -> j.heldDuring(c.closed(), c.closed())).toList();
      Optional<Kronor> salary = work.get().monthlyAmount();
      if (salary.isEmpty()) {
        salary = sum(held.stream().map(Job::monthlyWage).toList());
      }
      if (salary.isEmpty()) {
        return new NotCounted(Reason.SALARY_UNKNOWN);
      }
      List<Job> subsidised = held.stream().filter(j -> j.kind() == JobKind.SUBSIDISED).toList();
      Optional<Kronor> subsidy = sum(subsidised.stream().map(Job::monthlySubsidy).toList());
      if (!subsidised.isEmpty() && subsidy.isEmpty()) {
        return new NotCounted(Reason.SUBSIDY_UNKNOWN);
      }
      Optional<After.WageSubsidy> wageSubsidy =
          subsidy.isEmpty() || subsidy.get().value() == 0 || salary.get().value() == 0
              ? Optional.empty()
              : Optional.of(
                  new After.WageSubsidy(
                      shareOf(subsidy.orElseThrow(), salary.get()), subsidy.orElseThrow()));
      After after =
          new After.Employment(work.get().degree(), Sector.PRIVATE, salary.get(), wageSubsidy);
      return new Counted(new Person(before, after), recorded, typical);
    }
    Optional<Support> studies = find(closing, SupportSource.STUDIES);
    if (studies.isPresent()) {
      // The register keeps what the person lives on while studying, not how much of it is the
      // grant (a public cost) and how much the loan (repaid): never guessed.
      return new NotCounted(Reason.STUDY_SUPPORT_UNKNOWN);
    }
    return new Counted(new Person(before, new After.NoChange()), recorded, typical);
  }

  /** The subsidy's share of the wage cost, as far as the register tells it: at most 1. */
  private static BigDecimal shareOf(Kronor subsidy, Kronor salary) {
    BigDecimal share = subsidy.toBigDecimal().divide(salary.toBigDecimal(), MC);
    return share.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : share;
  }

  private static Optional<Support> find(List<Support> support, SupportSource source) {
    return support.stream().filter(s -> s.source() == source).findFirst();
  }

  /** The sum when every amount is known and there is at least one; otherwise empty. */
  private static Optional<Kronor> sum(List<Optional<Kronor>> amounts) {
    if (amounts.isEmpty() || amounts.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(
        amounts.stream().map(Optional::orElseThrow).reduce(Kronor.ZERO, Kronor::plus));
  }
}
