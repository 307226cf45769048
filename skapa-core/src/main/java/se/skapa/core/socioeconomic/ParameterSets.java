package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.LocalizedText;

/** The parameter sets SKAPA ships. */
public final class ParameterSets {

  /** Id of the Hudiksvall IPS report's set (2017 levels). */
  public static final String HUDIKSVALL_2017 = "hudiksvall-2017";

  /** Id of the sourced Swedish 2026 set, which leaves unsourced values to the caller. */
  public static final String SWEDEN_2026 = "sweden-2026";

  /** The set a calculation uses when it names none; an answer that relied on it says so. */
  public static final String DEFAULT = HUDIKSVALL_2017;

  private static final String REPORT = "Hudiksvall IPS följeforskning 2018, ";
  private static final ParameterSet HUDIKSVALL = buildHudiksvall();

  /** Sweden's amounts fixed by law for 2026, each with its source. */
  static final StatutoryAmounts SWEDEN_2026_AMOUNTS =
      new StatutoryAmounts(
          2026,
          Kronor.of(59_200),
          Kronor.of(60_500),
          Kronor.of(83_400),
          10,
          new BigDecimal("0.776"),
          new BigDecimal("0.3142"),
          new StatutoryAmounts.YouthFee(
              new BigDecimal("0.2081"),
              LocalDate.of(2026, 4, 1),
              LocalDate.of(2027, 9, 30),
              18,
              22,
              Kronor.of(25_000)),
          List.of(
              "SFS 2025:872: prisbasbelopp 2026, 59 200 kr",
              "SFS 2025:872: förhöjt prisbasbelopp 2026, 60 500 kr",
              "Pensionsmyndigheten: inkomstbasbelopp 2026, 83 400 kr",
              "Socialförsäkringsbalken 25 kap. 5 §: SGI up to 10 prisbasbelopp (592 000 kr in 2026)",
              "Socialförsäkringsbalken 28 kap. 7 §: sjukpenning 80 % of the SGI × 0.97 (0.776);"
                  + " after a year the fortsättningsnivå pays about 75 %, less",
              "Skatteverket: arbetsgivaravgifter 31.42 % (2026)",
              "SFS 2026:100: the full ålderspensionsavgift 10.21 % and half of the other fees for"
                  + " ages 18–22, 2026-04-01 to 2027-09-30; shown, not applied: the calculation"
                  + " counts no employer contribution as public income",
              "SFS 2026:100: the reduction applies to pay up to 25 000 kr a month"));

  private static final ParameterSet SWEDEN = buildSweden2026();

  private ParameterSets() {}

  /**
   * The values of the Hudiksvall IPS report (2018, 2017 benefit levels).
   *
   * @return the complete set
   */
  public static ParameterSet hudiksvall2017() {
    return HUDIKSVALL;
  }

  /**
   * Sweden in 2026, with a value only where there is a source: the average kommunal and regional
   * tax rate and the production factor of salary plus employer contributions, and the year's
   * amounts fixed by law ({@link StatutoryAmounts}). The kommun's part of the tax differs by kommun
   * (SCB and SKR publish each kommun's rate yearly: give your own kommun's); the cost of an hour of
   * housing support, persistence, effectiveness, the discount rate and the horizon have no general
   * source: the caller gives them as overrides, and a calculation without them is refused naming
   * each. The tax rate is applied to gross pay, a simplification ({@code docs/socioeconomics.md}).
   *
   * @return the partial set
   */
  public static ParameterSet sweden2026() {
    return SWEDEN;
  }

  /** {@return every set SKAPA ships} */
  public static List<ParameterSet> all() {
    return List.of(HUDIKSVALL, SWEDEN);
  }

  /**
   * @param id a set's id
   * @return the set; empty for an unknown id
   */
  public static Optional<ParameterSet> find(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static ParameterSet buildHudiksvall() {
    Map<Parameter, BigDecimal> v = new EnumMap<>(Parameter.class);
    Map<Parameter, String> s = new EnumMap<>(Parameter.class);
    put(
        v,
        s,
        Parameter.TAX_RATE,
        "0.33",
        REPORT + "table 3 text: kommunal- och landstingsskatt 33 procent");
    put(
        v,
        s,
        Parameter.KOMMUNAL_TAX_RATE,
        "0.22",
        "about 22 of the 33 percentage points are kommunalskatt (domain brief)");
    put(v, s, Parameter.PRODUCTION_FACTOR, "1.4", REPORT + "ökat produktionsvärde = lön × 1,4");
    put(v, s, Parameter.WEEKS_PER_YEAR, "52", REPORT + "table 4: 20,5 h/week → 1 066 h/year");
    put(
        v,
        s,
        Parameter.HOUSING_SUPPORT_COST_PER_HOUR,
        "470.86",
        REPORT + "footnote 20: cost per hour computed by Hudiksvall kommun's economist");
    put(v, s, Parameter.PERSISTENCE, "0.5", REPORT + "'i vart fall hälften' stay self-supporting");
    put(
        v,
        s,
        Parameter.EFFECTIVENESS_LOW,
        "2",
        REPORT + "kontrafaktisk analys: IPS 2-4 times as effective");
    put(
        v,
        s,
        Parameter.EFFECTIVENESS_HIGH,
        "4",
        REPORT + "kontrafaktisk analys: IPS 2-4 times as effective");
    put(v, s, Parameter.DISCOUNT_RATE, "0", "the report does not discount; 0 reproduces it");
    put(v, s, Parameter.HORIZON_YEARS, "3", REPORT + "nyttoperiod: the three-year example");
    return ParameterSet.of(
            HUDIKSVALL_2017,
            1,
            LocalizedText.of(
                "Hudiksvall IPS 2017 (följeforskningsrapport 2018)",
                "Hudiksvall IPS 2017 (follow-up research report 2018)"),
            v,
            s)
        .withTypicalMonthly(
            Benefit.FORSORJNINGSSTOD,
            Kronor.of(10_000),
            REPORT
                + "the scenarios of the analysis: 'försörjningsstöd om ca 10 000 kronor/mån' a"
                + " person");
  }

  private static ParameterSet buildSweden2026() {
    Map<Parameter, BigDecimal> v = new EnumMap<>(Parameter.class);
    Map<Parameter, String> s = new EnumMap<>(Parameter.class);
    put(
        v,
        s,
        Parameter.TAX_RATE,
        "0.3238",
        "SCB: average total kommunal and regional tax rate 2026, 32.38 %");
    // The salary plus the employer's contributions: one place, the statutory rate.
    v.put(Parameter.PRODUCTION_FACTOR, SWEDEN_2026_AMOUNTS.labourCostFactor());
    s.put(
        Parameter.PRODUCTION_FACTOR,
        "1 + arbetsgivaravgifter 31.42 % (Skatteverket, 2026) on the salary; "
            + "public-sector costing with holiday pay, pensions and insurance uses about 1.54 (override it)");
    put(v, s, Parameter.WEEKS_PER_YEAR, "52", "52 weeks a year");
    return ParameterSet.partial(
            SWEDEN_2026,
            1,
            LocalizedText.of(
                "Sverige 2026 (källbelagda värden; övriga anges av den som räknar)",
                "Sweden 2026 (sourced values; the caller gives the rest)"),
            v,
            s)
        .withStatutoryAmounts(SWEDEN_2026_AMOUNTS);
  }

  private static void put(
      Map<Parameter, BigDecimal> v,
      Map<Parameter, String> s,
      Parameter p,
      String value,
      String source) {
    v.put(p, new BigDecimal(value));
    s.put(p, source);
  }
}
