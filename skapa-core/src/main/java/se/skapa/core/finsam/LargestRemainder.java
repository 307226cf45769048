package se.skapa.core.finsam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits whole kronor by shares so that the parts add up to the whole exactly (Hamilton's
 * largest-remainder method): every part gets the whole kronor of its exact amount, and the kronor
 * left over go one each to the largest fractional remainders; equal remainders go in input order.
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * @param total whole kronor, zero or more
   * @param shares non-negative, summing to exactly 1
   * @return one whole amount per share, in input order, summing to {@code total}
   */
  public static long[] split(long total, List<BigDecimal> shares) {
    int n = shares.size();
    long[] parts = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal exact = shares.get(i).multiply(BigDecimal.valueOf(total));
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      parts[i] = floor.longValueExact();
      remainders[i] = exact.subtract(floor);
      assigned += parts[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < total - assigned; k++) {
      parts[order.get(k)]++;
    }
    return parts;
  }
}
