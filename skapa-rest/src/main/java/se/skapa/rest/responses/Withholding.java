package se.skapa.rest.responses;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.Share;

/**
 * Counts and shares as the register's reports give them: a withheld cell as {@code "< 5"} in place
 * of its value, a withheld share without its percent, the denominator named.
 */
public final class Withholding {

  private Withholding() {}

  /**
   * A count, or {@code "< 5"} when withheld.
   *
   * @param value the count; null when withheld
   * @param withheld {@code "< threshold"} when withheld; null otherwise
   */
  public record Count(@Nullable Integer value, @Nullable String withheld) {
    /**
     * @param value the count
     * @param cell the cell's name among the withheld
     * @param withheld the cells withheld
     * @param threshold the threshold
     * @return the count as the reader may see it
     */
    public static Count of(int value, String cell, Set<String> withheld, int threshold) {
      return withheld.contains(cell) ? new Count(null, "< " + threshold) : new Count(value, null);
    }
  }

  /**
   * A share with its denominator named; withheld as a whole when its count is.
   *
   * @param count the count
   * @param denominator the denominator; null when the whole table is withheld
   * @param denominatorName what the denominator counts
   * @param percent the share in percent, one decimal; null when withheld or 0 of 0
   * @param note "0 of 0 has no share" where that applies
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ShareView(
      Count count,
      @Nullable Integer denominator,
      String denominatorName,
      @Nullable BigDecimal percent,
      @Nullable String note) {
    /**
     * @param s the share
     * @param cell the cell's name among the withheld
     * @param withheld the cells withheld
     * @param threshold the threshold
     * @param hideDenominator true when the table's denominator itself is withheld
     * @param lang the reader's language
     * @return the share as the reader may see it
     */
    public static ShareView of(
        Share s,
        String cell,
        Set<String> withheld,
        int threshold,
        boolean hideDenominator,
        Language lang) {
      boolean hidden = withheld.contains(cell);
      return new ShareView(
          Count.of(s.count(), cell, withheld, threshold),
          hideDenominator ? null : s.denominator(),
          s.denominatorName().in(lang),
          hidden ? null : s.percentOneDecimal().orElse(null),
          !hidden && !s.hasValue() ? Share.NO_SHARE.in(lang) : null);
    }
  }
}
