package se.skapa.core.finsam;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.benefit.HeGroup;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Full-year equivalents (helårsekvivalenter, HE): whole-day equivalents ÷ the benefit's divisor,
 * per benefit and per försörjningsmått group, and as a share of the population in a named age band.
 *
 * @param perBenefit HE per benefit present in the input
 * @param perGroup HE per group (every group present, zero included)
 * @param total HE over all benefits
 * @param population the population in the age band, if given
 * @param populationAges the age band the population counts
 * @param shareOfPopulation total ÷ population, if the population was given
 * @param divisors the divisor used per benefit present ({@link Benefit#defaultDivisor()} unless the
 *     caller gave another)
 * @param divisorSources where each divisor used comes from: the default's source, or "given"
 */
public record FullYearEquivalents(
    Map<Benefit, BigDecimal> perBenefit,
    Map<HeGroup, BigDecimal> perGroup,
    BigDecimal total,
    Optional<Integer> population,
    AgeBand populationAges,
    Optional<BigDecimal> shareOfPopulation,
    Map<Benefit, BigDecimal> divisors,
    Map<Benefit, se.skapa.core.common.LocalizedText> divisorSources) {

  /** The source of a divisor the caller gave. */
  public static final se.skapa.core.common.LocalizedText GIVEN =
      se.skapa.core.common.LocalizedText.of("angiven i anropet", "given in the request");

  private static final MathContext MC = MathContext.DECIMAL64;

  /**
   * Full-year equivalents against the population aged 16–64, the Finsam model's band.
   *
   * @param days days paid per benefit and degree; not null
   * @param divisors per-benefit divisors overriding the defaults; not null
   * @param population the population aged 16–64, for the share; empty for none
   * @return the full-year equivalents
   * @throws ValidationException as {@link #of(List, Map, Optional, AgeBand)}
   */
  public static FullYearEquivalents of(
      List<BenefitDays> days, Map<Benefit, BigDecimal> divisors, Optional<Integer> population) {
    return of(days, divisors, population, AgeBand.AGES_16_64);
  }

  /**
   * @param divisors per-benefit divisors overriding the defaults ({@link Benefit#defaultDivisor()})
   * @param populationAges the age band the population counts; not null
   * @throws ValidationException for negative days, a degree outside 0–1, a benefit the
   *     försörjningsmått leaves out, a divisor not above 0, or a population below 1
   * @param days days paid per benefit and degree; not null, a benefit may come more than once
   * @param population the population in the age band, for the share; empty for none
   * @return the full-year equivalents
   */
  public static FullYearEquivalents of(
      List<BenefitDays> days,
      Map<Benefit, BigDecimal> divisors,
      Optional<Integer> population,
      AgeBand populationAges) {
    java.util.Objects.requireNonNull(populationAges, "populationAges");
    Violations v = new Violations();
    for (int i = 0; i < days.size(); i++) {
      BenefitDays d = days.get(i);
      String at = Pointer.at("/days", i);
      Decimals.check(v, at + "/days", d.days());
      Decimals.check(v, at + "/degree", d.degree());
      v.check(d.days().signum() >= 0, at + "/days", "range", "days cannot be negative");
      v.check(
          d.degree().signum() >= 0 && d.degree().compareTo(BigDecimal.ONE) <= 0,
          at + "/degree",
          "range",
          "degree must be 0-1");
      v.check(
          d.benefit().group().isPresent(),
          at + "/benefit",
          "not-counted",
          d.benefit().name()
              + " is not counted in full-year equivalents (the försörjningsmått leaves it out)");
    }
    divisors.forEach(
        (b, x) ->
            v.check(
                x != null && x.signum() > 0 && Decimals.reasonable(x),
                Pointer.at("/divisors", b.name()),
                "range",
                "divisor must be above 0 with at most " + Decimals.MAX_SCALE + " decimals"));
    divisors
        .keySet()
        .forEach(
            b ->
                v.check(
                    b.group().isPresent(),
                    Pointer.at("/divisors", b.name()),
                    "not-counted",
                    b.name() + " is not counted in full-year equivalents, so it has no divisor"));
    population.ifPresent(
        p -> v.check(p >= 1, "/population", "range", "population must be 1 or more"));
    v.throwIfAny();

    Map<Benefit, BigDecimal> used = new EnumMap<>(Benefit.class);
    Map<Benefit, se.skapa.core.common.LocalizedText> sources = new EnumMap<>(Benefit.class);
    Map<Benefit, BigDecimal> wholeDays = new EnumMap<>(Benefit.class);
    for (BenefitDays d : days) {
      wholeDays.merge(d.benefit(), d.wholeDays(), BigDecimal::add);
    }
    Map<Benefit, BigDecimal> perBenefit = new EnumMap<>(Benefit.class);
    Map<HeGroup, BigDecimal> perGroup = new EnumMap<>(HeGroup.class);
    for (HeGroup g : HeGroup.values()) {
      perGroup.put(g, BigDecimal.ZERO);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<Benefit, BigDecimal> e : wholeDays.entrySet()) {
      BigDecimal divisor = divisors.getOrDefault(e.getKey(), e.getKey().defaultDivisor());
      used.put(e.getKey(), divisor);
      sources.put(
          e.getKey(), divisors.containsKey(e.getKey()) ? GIVEN : e.getKey().divisorSource());
      BigDecimal he = e.getValue().divide(divisor, MC);
      perBenefit.put(e.getKey(), he);
      perGroup.merge(e.getKey().group().orElseThrow(), he, BigDecimal::add);
      total = total.add(he);
    }
    BigDecimal t = total;
    return new FullYearEquivalents(
        perBenefit,
        perGroup,
        total,
        population,
        populationAges,
        population.map(p -> t.divide(BigDecimal.valueOf(p), MC)),
        used,
        sources);
  }

  /**
   * Copies the maps, so the result cannot change after it is made.
   *
   * @param perBenefit full-year equivalents per benefit given
   * @param perGroup per group, every group present
   * @param total over all benefits
   * @param population the population in the age band, if given
   * @param populationAges the age band; not null
   * @param shareOfPopulation total ÷ population, if the population was given
   * @param divisors the divisor used per benefit given
   * @param divisorSources where each divisor comes from
   */
  public FullYearEquivalents {
    perBenefit =
        java.util.Collections.unmodifiableMap(
            new EnumMap<>(perBenefit.isEmpty() ? new EnumMap<>(Benefit.class) : perBenefit));
    perGroup = java.util.Collections.unmodifiableMap(new EnumMap<>(perGroup));
    divisors =
        java.util.Collections.unmodifiableMap(
            divisors.isEmpty() ? new EnumMap<>(Benefit.class) : new EnumMap<>(divisors));
    java.util.Objects.requireNonNull(populationAges, "populationAges");
    divisorSources =
        java.util.Collections.unmodifiableMap(
            divisorSources.isEmpty()
                ? new EnumMap<>(Benefit.class)
                : new EnumMap<>(divisorSources));
  }
}
