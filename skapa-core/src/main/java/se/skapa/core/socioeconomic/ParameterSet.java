package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * A named, versioned set of every assumption, each with its source. Immutable; overrides give a new
 * set.
 */
public final class ParameterSet {

  private final String id;
  private final int version;
  private final LocalizedText name;
  private final Map<Parameter, BigDecimal> values;
  private final Map<Parameter, String> sources;
  private final boolean complete;
  private final Map<Benefit, TypicalAmount> typical;
  private final @Nullable StatutoryAmounts statutory;

  private ParameterSet(
      String id,
      int version,
      LocalizedText name,
      Map<Parameter, BigDecimal> values,
      Map<Parameter, String> sources,
      boolean complete,
      Map<Benefit, TypicalAmount> typical,
      @Nullable StatutoryAmounts statutory) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    this.sources = Collections.unmodifiableMap(new EnumMap<>(sources));
    this.complete = complete;
    this.typical =
        typical.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<Benefit, TypicalAmount>(typical));
    this.statutory = statutory;
  }

  /**
   * This set with the year's amounts fixed by law, replacing any it had.
   *
   * @param amounts the amounts; not null
   * @return a new set
   */
  public ParameterSet withStatutoryAmounts(StatutoryAmounts amounts) {
    Objects.requireNonNull(amounts, "amounts");
    return new ParameterSet(id, version, name, values, sources, complete, typical, amounts);
  }

  /** {@return the year's amounts fixed by law; empty for a set that carries none} */
  public Optional<StatutoryAmounts> statutoryAmounts() {
    return Optional.ofNullable(statutory);
  }

  /**
   * What a full benefit typically pays a month, with its source: what a calculation fed from a
   * register uses where a participant's own amount was not recorded.
   *
   * @param monthly kronor a month for a full benefit (degree 1)
   * @param source where the amount comes from
   */
  public record TypicalAmount(Kronor monthly, String source) {
    /**
     * @param monthly the amount; not null
     * @param source the source; not null
     * @throws NullPointerException if a component is null
     */
    public TypicalAmount {
      Objects.requireNonNull(monthly, "monthly");
      Objects.requireNonNull(source, "source");
    }
  }

  /** The highest typical amount a set takes: above it a typing error is likelier than a benefit. */
  public static final Kronor MAX_TYPICAL = Kronor.of(1_000_000);

  /**
   * This set with a typical monthly amount for a full benefit, replacing any it had.
   *
   * @param benefit the benefit; not null
   * @param monthly kronor a month, 0 to {@link #MAX_TYPICAL}; not null
   * @param source where the amount comes from ({@code override} when the caller gives it); not null
   * @return a new set
   * @throws ValidationException with rule {@code range} at {@code /typical/<BENEFIT>} for an amount
   *     outside the range
   */
  public ParameterSet withTypicalMonthly(Benefit benefit, Kronor monthly, String source) {
    Objects.requireNonNull(benefit, "benefit");
    Violations v = new Violations();
    v.check(
        !monthly.isNegative() && monthly.compareTo(MAX_TYPICAL) <= 0,
        Pointer.at("/typical", benefit.name()),
        "range",
        "a typical monthly amount must be at least 0 and at most 1 000 000, got "
            + monthly.value());
    v.throwIfAny();
    Map<Benefit, TypicalAmount> next = new EnumMap<>(Benefit.class);
    next.putAll(typical);
    next.put(benefit, new TypicalAmount(monthly, source));
    return new ParameterSet(id, version, name, values, sources, complete, next, statutory);
  }

  /**
   * @param benefit a benefit; not null
   * @return what a full benefit typically pays a month in this set; empty where it has no source
   */
  public Optional<TypicalAmount> typicalMonthly(Benefit benefit) {
    return Optional.ofNullable(typical.get(benefit));
  }

  /** {@return every typical monthly amount the set has, by benefit; unmodifiable} */
  public Map<Benefit, TypicalAmount> typicalAmounts() {
    return typical;
  }

  /**
   * A set with a value only where there is a source: the caller gives the rest as overrides, and
   * {@link #withOverrides} refuses until every parameter has a value.
   *
   * @param values the sourced values; each must be valid
   * @param sources where each comes from
   * @throws ValidationException naming an invalid value
   * @param id the set's id, e.g. {@code sweden-2026}; not null
   * @param version the set's version, from 1
   * @param name the set's name in Swedish and English; not null
   * @return the set, not complete
   */
  public static ParameterSet partial(
      String id,
      int version,
      LocalizedText name,
      Map<Parameter, BigDecimal> values,
      Map<Parameter, String> sources) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Violations v = new Violations();
    values.forEach(
        (p, value) ->
            p.problem(value).ifPresent(msg -> v.add(Pointer.at("", p.apiName()), "range", msg)));
    v.throwIfAny();
    return new ParameterSet(id, version, name, values, sources, false, Map.of(), null);
  }

  /**
   * True when every parameter has a value: only such a set can be calculated with.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    return complete;
  }

  /**
   * The parameters this set has no sourced value for: the caller must give them.
   *
   * @return the parameters without a value, in declaration order; empty for a complete set
   */
  public java.util.List<Parameter> missing() {
    return java.util.Arrays.stream(Parameter.values()).filter(p -> !values.containsKey(p)).toList();
  }

  /**
   * @param values a value for every {@link Parameter}
   * @param sources where each value comes from
   * @throws ValidationException naming each missing or invalid parameter (pointer {@code
   *     /<apiName>})
   * @param id the set's id, e.g. {@code hudiksvall-2017}; not null
   * @param version the set's version, from 1
   * @param name the set's name in Swedish and English; not null
   * @return the complete set
   */
  public static ParameterSet of(
      String id,
      int version,
      LocalizedText name,
      Map<Parameter, BigDecimal> values,
      Map<Parameter, String> sources) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    validate(values, "");
    return new ParameterSet(id, version, name, values, sources, true, Map.of(), null);
  }

  private static void validate(Map<Parameter, BigDecimal> values, String prefix) {
    Violations v = new Violations();
    for (Parameter p : Parameter.values()) {
      p.problem(values.get(p))
          .ifPresent(
              msg ->
                  v.add(
                      Pointer.at(prefix, p.apiName()),
                      values.get(p) == null ? "required" : "range",
                      msg));
    }
    BigDecimal tax = values.get(Parameter.TAX_RATE);
    BigDecimal kommunal = values.get(Parameter.KOMMUNAL_TAX_RATE);
    if (tax != null && kommunal != null && kommunal.compareTo(tax) > 0) {
      v.add(
          Pointer.at(prefix, Parameter.KOMMUNAL_TAX_RATE.apiName()),
          "range",
          "kommunalTaxRate ("
              + Decimals.show(kommunal)
              + ") cannot exceed taxRate ("
              + Decimals.show(tax)
              + ")");
    }
    BigDecimal low = values.get(Parameter.EFFECTIVENESS_LOW);
    BigDecimal high = values.get(Parameter.EFFECTIVENESS_HIGH);
    if (low != null && high != null && low.compareTo(high) > 0) {
      v.add(
          Pointer.at(prefix, Parameter.EFFECTIVENESS_LOW.apiName()),
          "range-order",
          "effectivenessLow ("
              + Decimals.show(low)
              + ") cannot exceed effectivenessHigh ("
              + Decimals.show(high)
              + ")");
    }
    v.throwIfAny();
  }

  /**
   * This set with some values replaced, e.g. {@code {"taxRate": 0.3238}}. The id stays; the result
   * reports itself as overridden.
   *
   * @throws ValidationException for an unknown name ({@code unknown-parameter}) or an invalid
   *     value, pointing at {@code /overrides/<name>}
   * @param overrides value per API name; not null
   * @return a complete set with the overrides applied
   */
  public ParameterSet withOverrides(Map<String, BigDecimal> overrides) {
    if (overrides.isEmpty() && complete) {
      return this;
    }
    Violations v = new Violations();
    Map<Parameter, BigDecimal> copy = new EnumMap<>(values);
    Map<Parameter, String> src = new EnumMap<>(sources);
    overrides.forEach(
        (name, value) ->
            Parameter.byApiName(name)
                .ifPresentOrElse(
                    p -> {
                      copy.put(p, value);
                      src.put(p, "override");
                    },
                    () ->
                        v.add(
                            Pointer.at("/overrides", name),
                            "unknown-parameter",
                            "unknown parameter '"
                                + name
                                + "'; known: "
                                + java.util.Arrays.stream(Parameter.values())
                                    .map(Parameter::apiName)
                                    .toList())));
    v.throwIfAny();
    if (!complete) {
      // A parameter without a source is the caller's to give, named with the set that lacks it.
      Violations given = new Violations();
      for (Parameter p : Parameter.values()) {
        given.check(
            copy.containsKey(p),
            Pointer.at("/overrides", p.apiName()),
            "required",
            id
                + " has no sourced value for "
                + p.apiName()
                + ": give it in overrides ("
                + p.label().en()
                + ")");
      }
      given.throwIfAny();
    }
    validate(copy, "/overrides");
    return new ParameterSet(id, version, name, copy, src, true, typical, statutory);
  }

  /** {@return the set's id} */
  public String id() {
    return id;
  }

  /** {@return the set's version, from 1} */
  public int version() {
    return version;
  }

  /** {@return the set's name in Swedish and English} */
  public LocalizedText name() {
    return name;
  }

  /**
   * @param p a parameter; not null
   * @return its value; null only in a set that is not complete
   */
  public @Nullable BigDecimal get(Parameter p) {
    return values.get(p);
  }

  /** A value the typed accessors read: they are called on complete sets only. */
  private BigDecimal required(Parameter p) {
    BigDecimal v = values.get(p);
    if (v == null) {
      throw new IllegalStateException(
          "parameter set " + id + " has no " + p + "; complete it before calculating");
    }
    return v;
  }

  /** {@return every value the set has, by parameter; unmodifiable} */
  public Map<Parameter, BigDecimal> values() {
    return values;
  }

  /** {@return where each value comes from, by parameter; unmodifiable} */
  public Map<Parameter, String> sources() {
    return sources;
  }

  /** {@return the value of {@link Parameter#TAX_RATE}} */
  public BigDecimal taxRate() {
    return required(Parameter.TAX_RATE);
  }

  /** {@return the value of {@link Parameter#KOMMUNAL_TAX_RATE}} */
  public BigDecimal kommunalTaxRate() {
    return required(Parameter.KOMMUNAL_TAX_RATE);
  }

  /** {@return the value of {@link Parameter#PRODUCTION_FACTOR}} */
  public BigDecimal productionFactor() {
    return required(Parameter.PRODUCTION_FACTOR);
  }

  /** {@return the value of {@link Parameter#WEEKS_PER_YEAR}} */
  public int weeksPerYear() {
    return required(Parameter.WEEKS_PER_YEAR).intValueExact();
  }

  /** {@return the value of {@link Parameter#HOUSING_SUPPORT_COST_PER_HOUR}} */
  public BigDecimal housingSupportCostPerHour() {
    return required(Parameter.HOUSING_SUPPORT_COST_PER_HOUR);
  }

  /** {@return the value of {@link Parameter#PERSISTENCE}} */
  public BigDecimal persistence() {
    return required(Parameter.PERSISTENCE);
  }

  /** {@return the value of {@link Parameter#EFFECTIVENESS_LOW}} */
  public BigDecimal effectivenessLow() {
    return required(Parameter.EFFECTIVENESS_LOW);
  }

  /** {@return the value of {@link Parameter#EFFECTIVENESS_HIGH}} */
  public BigDecimal effectivenessHigh() {
    return required(Parameter.EFFECTIVENESS_HIGH);
  }

  /** {@return the value of {@link Parameter#DISCOUNT_RATE}} */
  public BigDecimal discountRate() {
    return required(Parameter.DISCOUNT_RATE);
  }

  /** {@return the value of {@link Parameter#HORIZON_YEARS}} */
  public int horizonYears() {
    return required(Parameter.HORIZON_YEARS).intValueExact();
  }
}
