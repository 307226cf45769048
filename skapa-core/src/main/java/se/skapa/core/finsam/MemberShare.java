package se.skapa.core.finsam;

import java.math.BigDecimal;

/**
 * A member kommun's agreed share of the kommuner's quarter, as the förbund lists it. Checked by
 * {@link FinsamAllocator}, which names the member's place in the list.
 *
 * @param name the kommun, e.g. {@code Boden}
 * @param share 0–1, e.g. {@code 0.17}
 */
public record MemberShare(String name, BigDecimal share) {

  /**
   * Reads the share from decimal text, as a förbund's agreement writes it.
   *
   * @param name the member kommun
   * @param share the share, e.g. {@code "0.17"}
   * @return the member's share; checked only when allocated
   * @throws NumberFormatException if the share cannot be read
   */
  public static MemberShare of(String name, String share) {
    return new MemberShare(name, new BigDecimal(share));
  }
}
