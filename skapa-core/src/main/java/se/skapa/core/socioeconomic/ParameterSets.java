package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.common.LocalizedText;

/** The parameter sets SKAPA ships. */
public final class ParameterSets {

    public static final String HUDIKSVALL_2017 = "hudiksvall-2017";

    private static final String REPORT = "Hudiksvall IPS följeforskning 2018, ";
    private static final ParameterSet HUDIKSVALL = buildHudiksvall();

    private ParameterSets() {
    }

    /** The values of the Hudiksvall IPS report (2018, 2017 benefit levels). */
    public static ParameterSet hudiksvall2017() {
        return HUDIKSVALL;
    }

    public static List<ParameterSet> all() {
        return List.of(HUDIKSVALL);
    }

    public static Optional<ParameterSet> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static ParameterSet buildHudiksvall() {
        Map<Parameter, BigDecimal> v = new EnumMap<>(Parameter.class);
        Map<Parameter, String> s = new EnumMap<>(Parameter.class);
        put(v, s, Parameter.TAX_RATE, "0.33", REPORT + "table 3 text: kommunal- och landstingsskatt 33 procent");
        put(v, s, Parameter.KOMMUNAL_TAX_RATE, "0.22", "about 22 of the 33 percentage points are kommunalskatt (domain brief)");
        put(v, s, Parameter.PRODUCTION_FACTOR, "1.4", REPORT + "ökat produktionsvärde = lön × 1,4");
        put(v, s, Parameter.WEEKS_PER_YEAR, "52", REPORT + "table 4: 20,5 h/week → 1 066 h/year");
        put(v, s, Parameter.HOUSING_SUPPORT_COST_PER_HOUR, "470.86", REPORT + "footnote 20: cost per hour computed by Hudiksvall kommun's economist");
        put(v, s, Parameter.PERSISTENCE, "0.5", REPORT + "'i vart fall hälften' stay self-supporting");
        put(v, s, Parameter.EFFECTIVENESS_LOW, "2", REPORT + "kontrafaktisk analys: IPS 2-4 times as effective");
        put(v, s, Parameter.EFFECTIVENESS_HIGH, "4", REPORT + "kontrafaktisk analys: IPS 2-4 times as effective");
        put(v, s, Parameter.DISCOUNT_RATE, "0", "the report does not discount; 0 reproduces it");
        put(v, s, Parameter.HORIZON_YEARS, "3", REPORT + "nyttoperiod: the three-year example");
        return ParameterSet.of(HUDIKSVALL_2017, 1, LocalizedText.of("Hudiksvall IPS 2017 (följeforskningsrapport 2018)",
                "Hudiksvall IPS 2017 (follow-up research report 2018)"), v, s);
    }

    private static void put(Map<Parameter, BigDecimal> v, Map<Parameter, String> s, Parameter p, String value, String source) {
        v.put(p, new BigDecimal(value));
        s.put(p, source);
    }
}
