package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.LocalizedText;

/** Every assumption of the socioeconomic calculation, by its API name, with its valid range. */
public enum Parameter {
  /** Tax rate on earned income, kommunal plus regional, 0 up to 1 (exclusive). */
  TAX_RATE(
      "taxRate",
      "0",
      "1",
      false,
      false,
      LocalizedText.of(
          "Skattesats på arbetsinkomst (kommunal + regional)",
          "Tax rate on earned income (municipal + regional)")),
  /** The kommun's part of the tax rate, 0 up to 1 (exclusive), at most the tax rate. */
  KOMMUNAL_TAX_RATE(
      "kommunalTaxRate",
      "0",
      "1",
      false,
      false,
      LocalizedText.of("Kommunens del av skattesatsen", "The kommun's part of the tax rate")),
  /** From salary to production value (salary plus employer contributions), 1–3. */
  PRODUCTION_FACTOR(
      "productionFactor",
      "1",
      "3",
      true,
      false,
      LocalizedText.of(
          "Faktor från lön till produktionsvärde (lön + arbetsgivaravgifter)",
          "Factor from salary to production value (salary + employer contributions)")),
  /** Weeks per year of housing support, a whole number 1–53. */
  WEEKS_PER_YEAR(
      "weeksPerYear",
      "1",
      "53",
      true,
      true,
      LocalizedText.of("Veckor per år för boendestöd", "Weeks per year of housing support")),
  /** Kronor per hour of housing support, 0–100 000. */
  HOUSING_SUPPORT_COST_PER_HOUR(
      "housingSupportCostPerHour",
      "0",
      "100000",
      true,
      false,
      LocalizedText.of(
          "Kostnad per timme boendestöd (kr)", "Cost per hour of housing support (SEK)")),
  /** Share who stay self-supporting from one year to the next, 0–1. */
  PERSISTENCE(
      "persistence",
      "0",
      "1",
      true,
      false,
      LocalizedText.of("Andel som behåller egen försörjning", "Share who stay self-supporting")),
  /**
   * Low estimate of how many times more effective the method is than traditional rehabilitation,
   * 1–100.
   */
  EFFECTIVENESS_LOW(
      "effectivenessLow",
      "1",
      "100",
      true,
      false,
      LocalizedText.of(
          "Metodens effektivitet jämfört med traditionell rehabilitering, lägst",
          "Effectiveness ratio versus traditional rehabilitation, low")),
  /** High estimate of the same, 1–100, at least the low one. */
  EFFECTIVENESS_HIGH(
      "effectivenessHigh",
      "1",
      "100",
      true,
      false,
      LocalizedText.of(
          "Metodens effektivitet jämfört med traditionell rehabilitering, högst",
          "Effectiveness ratio versus traditional rehabilitation, high")),
  /** Discount rate per year, 0–1. */
  DISCOUNT_RATE(
      "discountRate",
      "0",
      "1",
      true,
      false,
      LocalizedText.of("Diskonteringsränta per år", "Discount rate per year")),
  /** The benefit period in years, a whole number 1–50. */
  HORIZON_YEARS(
      "horizonYears",
      "1",
      "50",
      true,
      true,
      LocalizedText.of("Nyttoperiod i år", "Benefit period (horizon) in years"));

  private final String apiName;
  private final BigDecimal min;
  private final BigDecimal max;
  private final boolean maxInclusive;
  private final boolean wholeNumber;
  private final LocalizedText label;

  Parameter(
      String apiName,
      String min,
      String max,
      boolean maxInclusive,
      boolean wholeNumber,
      LocalizedText label) {
    this.apiName = apiName;
    this.min = new BigDecimal(min);
    this.max = new BigDecimal(max);
    this.maxInclusive = maxInclusive;
    this.wholeNumber = wholeNumber;
    this.label = label;
  }

  /**
   * The name used in parameter sets, overrides and the API, e.g. {@code taxRate}.
   *
   * @return the API name
   */
  public String apiName() {
    return apiName;
  }

  /** {@return the lowest valid value, inclusive} */
  public BigDecimal min() {
    return min;
  }

  /** {@return the highest valid value, inclusive or not as {@link #maxInclusive()} says} */
  public BigDecimal max() {
    return max;
  }

  /** {@return true if {@link #max()} itself is valid} */
  public boolean maxInclusive() {
    return maxInclusive;
  }

  /** {@return true if only whole numbers are valid} */
  public boolean wholeNumber() {
    return wholeNumber;
  }

  /** {@return the parameter's meaning in Swedish and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * @param name an API name, e.g. {@code taxRate}; may be null
   * @return the parameter; empty for an unknown name
   */
  public static Optional<Parameter> byApiName(String name) {
    return Arrays.stream(values()).filter(p -> p.apiName.equals(name)).findFirst();
  }

  /** Why a value is invalid, or empty when it is valid. */
  Optional<String> problem(@Nullable BigDecimal value) {
    if (value == null) {
      return Optional.of(apiName + " is required");
    }
    if (!Decimals.reasonable(value)) {
      return Optional.of(
          apiName
              + " has more than "
              + Decimals.MAX_SCALE
              + " decimals or "
              + Decimals.MAX_PRECISION
              + " digits");
    }
    boolean aboveMax = maxInclusive ? value.compareTo(max) > 0 : value.compareTo(max) >= 0;
    if (value.compareTo(min) < 0 || aboveMax) {
      return Optional.of(
          apiName
              + " must be at least "
              + Decimals.show(min)
              + " and "
              + (maxInclusive ? "at most " : "below ")
              + Decimals.show(max)
              + ", got "
              + Decimals.show(value));
    }
    if (wholeNumber && value.stripTrailingZeros().scale() > 0) {
      return Optional.of(apiName + " must be a whole number, got " + Decimals.show(value));
    }
    return Optional.empty();
  }
}
