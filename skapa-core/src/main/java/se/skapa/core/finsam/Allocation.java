package se.skapa.core.finsam;

import java.math.BigDecimal;
import java.util.List;
import se.skapa.core.common.Kronor;

/**
 * A förbund's funding split.
 *
 * @param total the whole
 * @param state half (through Försäkringskassan and Arbetsförmedlingen)
 * @param region a quarter
 * @param kommuner the kommuner's quarter together
 * @param members each kommun's part of that quarter
 */
public record Allocation(
    Kronor total, Kronor state, Kronor region, Kronor kommuner, List<MemberPart> members) {

  /**
   * Copies the members, so the split cannot change after it is made.
   *
   * @param total the whole
   * @param state the state's half
   * @param region the region's quarter
   * @param kommuner the kommuner's quarter together
   * @param members each kommun's part, in the order given
   */
  public Allocation {
    members = List.copyOf(members);
  }

  /**
   * One kommun's part.
   *
   * @param member the kommun
   * @param share its agreed share of the kommuner's quarter, 0–1
   * @param exact share × quarter, unrounded
   * @param amount whole kronor by largest remainder
   */
  public record MemberPart(String member, BigDecimal share, BigDecimal exact, Kronor amount) {}
}
