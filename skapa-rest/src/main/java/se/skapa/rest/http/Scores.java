package se.skapa.rest.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.Answer;

/**
 * A measurement's scores as sent: numbers, read without refusing the body at the first one that is
 * not whole, so that {@code 3.5} is named together with {@code 11} and {@code 0} (each checked
 * against its scale afterwards) and not instead of them.
 */
public final class Scores {

  private Scores() {}

  /**
   * @param v where a score that is not a whole number is recorded (rule {@code type})
   * @param at the measurement's pointer, e.g. {@code /measurements/2} or the empty string
   * @param scores indicator → score, {@code null} for not answered
   * @return the answers, without the scores that are not whole numbers
   */
  public static Map<String, Answer> answers(
      Violations v, String at, Map<String, @Nullable Number> scores) {
    Map<String, Answer> out = new HashMap<>();
    scores.forEach(
        (key, score) -> {
          if (score == null) {
            out.put(key, Answer.notAnswered());
            return;
          }
          Integer whole = whole(score);
          if (whole == null) {
            v.add(
                at + "/scores/" + Pointer.token(key),
                "type",
                "score of '"
                    + key
                    + "' must be a whole number on the indicator's scale, got "
                    + score);
          } else {
            out.put(key, Answer.score(whole));
          }
        });
    return out;
  }

  private static @Nullable Integer whole(Number n) {
    if (n instanceof Integer i) {
      return i;
    }
    BigDecimal d;
    if (n instanceof BigDecimal b) {
      d = b;
    } else if (n instanceof BigInteger b) {
      d = new BigDecimal(b);
    } else if (n instanceof Long || n instanceof Short || n instanceof Byte) {
      d = BigDecimal.valueOf(n.longValue());
    } else {
      double x = n.doubleValue();
      if (!Double.isFinite(x)) {
        return null;
      }
      d = BigDecimal.valueOf(x);
    }
    try {
      return d.stripTrailingZeros().scale() <= 0 ? d.intValueExact() : null;
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }
}
