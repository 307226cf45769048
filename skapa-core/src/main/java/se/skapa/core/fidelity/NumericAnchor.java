package se.skapa.core.fidelity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;

/**
 * An item whose anchor in the public scale is a number, as data: a raw fact (e.g. clients per
 * full-time employment specialist) maps to the item score through thresholds.
 *
 * @param item item number on the scale
 * @param fact what the raw number is, with its unit
 * @param lowerIsBetter true when a smaller fact earns a higher score (caseload)
 * @param thresholds score thresholds, best score first; for lower-is-better each bound is the
 *     highest value that still earns its score, otherwise the lowest
 * @param floorScore the score when no threshold is met
 */
public record NumericAnchor(
    int item,
    LocalizedText fact,
    boolean lowerIsBetter,
    List<Threshold> thresholds,
    int floorScore) {

  /**
   * A bound and the score it earns.
   *
   * @param bound the bound
   * @param score the score earned at it
   */
  public record Threshold(BigDecimal bound, int score) {
    /**
     * @param bound the bound; not null
     * @param score the score
     * @throws NullPointerException if the bound is null
     */
    public Threshold {
      Objects.requireNonNull(bound, "bound");
    }
  }

  /**
   * Copies the thresholds.
   *
   * @param item the item
   * @param fact the fact's meaning
   * @param lowerIsBetter the direction
   * @param thresholds best score first
   * @param floorScore the score below every threshold
   */
  public NumericAnchor {
    thresholds = List.copyOf(thresholds);
  }

  private static final int MAX_DIGITS = 34;

  /**
   * The item score for a raw fact. Values between the printed integers fall to the worse score: a
   * caseload of 20.5 is not "20 or fewer".
   *
   * @throws ValidationException if {@code value} is null or negative
   * @param value the raw fact; 0 or more
   * @return the item score
   */
  public int score(BigDecimal value) {
    if (value == null || value.signum() < 0) {
      throw ValidationException.of(
          "/value", "range", "the " + fact.en() + " must be zero or more, got " + value);
    }
    // A fact is often computed (clients ÷ full-time equivalents, 16 significant digits), so the
    // bound on input decimals does not apply; only a number too long to compare with is refused.
    if (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS) {
      throw ValidationException.of(
          "/value", "precision", "the " + fact.en() + " has more than " + MAX_DIGITS + " digits");
    }
    for (Threshold t : thresholds) {
      int cmp = value.compareTo(t.bound());
      if (lowerIsBetter ? cmp <= 0 : cmp >= 0) {
        return t.score();
      }
    }
    return floorScore;
  }

  /**
   * The anchor in words, the score each bound earns and the floor: "aktiva deltagare per … : 5 =
   * högst 20, 4 = högst 25, …, 1 = annars".
   *
   * @param language the reader's language; not null
   * @return the anchor as a reviewer reads it beside the item
   */
  public String describe(se.skapa.core.common.Language language) {
    boolean sv = language == se.skapa.core.common.Language.SV;
    StringBuilder s = new StringBuilder(fact.in(language)).append(": ");
    String bound = lowerIsBetter ? (sv ? "högst " : "at most ") : (sv ? "minst " : "at least ");
    for (Threshold t : thresholds) {
      s.append(t.score()).append(" = ").append(bound).append(t.bound()).append(", ");
    }
    return s.append(floorScore).append(sv ? " = annars" : " = otherwise").toString();
  }
}
