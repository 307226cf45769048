package se.skapa.core.socioeconomic;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Housing support (boendestöd) for one person, in staff hours per week before and after.
 *
 * @param hoursPerWeekBefore hours per week before
 * @param hoursPerWeekAfter hours per week after
 */
public record HousingSupport(BigDecimal hoursPerWeekBefore, BigDecimal hoursPerWeekAfter) {

  /**
   * @param hoursPerWeekBefore hours before; not null
   * @param hoursPerWeekAfter hours after; not null
   * @throws NullPointerException if a component is null
   */
  public HousingSupport {
    Objects.requireNonNull(hoursPerWeekBefore, "hoursPerWeekBefore");
    Objects.requireNonNull(hoursPerWeekAfter, "hoursPerWeekAfter");
  }

  /**
   * Reads the hours from decimal text, as the report prints them.
   *
   * @param before hours per week before, e.g. {@code "2.5"}
   * @param after hours per week after
   * @return the housing support
   * @throws NumberFormatException if an hour count cannot be read
   */
  public static HousingSupport of(String before, String after) {
    return new HousingSupport(new BigDecimal(before), new BigDecimal(after));
  }
}
