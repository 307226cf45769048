package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.util.Objects;

/** Housing support (boendestöd) for one person, in staff hours per week before and after. */
public record HousingSupport(BigDecimal hoursPerWeekBefore, BigDecimal hoursPerWeekAfter) {

    public HousingSupport {
        Objects.requireNonNull(hoursPerWeekBefore, "hoursPerWeekBefore");
        Objects.requireNonNull(hoursPerWeekAfter, "hoursPerWeekAfter");
    }

    public static HousingSupport of(String before, String after) {
        return new HousingSupport(new BigDecimal(before), new BigDecimal(after));
    }
}
