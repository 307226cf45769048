package se.skapa.core.finsam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Finsam funding (lag 2003:1210): the state half, the region a quarter, the kommuner a quarter
 * split by agreed shares. Every split uses {@link LargestRemainder}, so parts always sum to the
 * whole.
 */
public final class FinsamAllocator {

  private static final List<BigDecimal> STATE_REGION_KOMMUNER =
      List.of(new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.25"));

  /** Far above any förbund's budget, far below where whole-kronor arithmetic could overflow. */
  public static final long MAX_TOTAL = 10_000_000_000_000L;

  private FinsamAllocator() {}

  /**
   * Splits a förbund's total.
   *
   * @param memberShares each kommun's share of the kommuners' quarter, in the order to report
   * @throws ValidationException if the total is negative ({@code /total}), a name is blank or
   *     listed twice ({@code /members/<index>/name}, rules {@code required}, {@code duplicate}), a
   *     share is negative ({@code /members/<index>/share}), no member is given, or the shares do
   *     not sum to exactly 1 ({@code /members}, rule {@code sum})
   * @param total the förbund's total; not null
   * @return the split, each member's part in whole kronor summing to the kommuner's quarter
   */
  public static Allocation ofTotal(Kronor total, List<MemberShare> memberShares) {
    Violations v = new Violations();
    v.check(
        !total.isNegative() && total.value() <= MAX_TOTAL,
        "/total",
        "range",
        "total must be 0-" + Kronor.format(MAX_TOTAL) + " kr");
    checkShares(v, memberShares);
    v.throwIfAny();
    long[] thirds = LargestRemainder.split(total.value(), STATE_REGION_KOMMUNER);
    return allocate(
        total, Kronor.of(thirds[0]), Kronor.of(thirds[1]), Kronor.of(thirds[2]), memberShares);
  }

  /**
   * The state's contribution decides the rest: the region and the kommuner together each match half
   * of it.
   *
   * <p>An odd contribution is split too: the region's quarter carries the odd krona (see the code's
   * comment).
   *
   * @throws ValidationException if the contribution ({@code /stateContribution}) is negative or too
   *     large, or as {@link #ofTotal}
   * @param state the state's contribution; not null
   * @param memberShares each kommun's share of the kommuner's part, in the order to report
   * @return the split, the total being twice the state's contribution
   */
  public static Allocation ofStateContribution(Kronor state, List<MemberShare> memberShares) {
    Violations v = new Violations();
    v.check(
        !state.isNegative() && state.value() <= MAX_TOTAL / 2,
        "/stateContribution",
        "range",
        "state contribution must be 0-" + Kronor.format(MAX_TOTAL / 2) + " kr");
    checkShares(v, memberShares);
    v.throwIfAny();
    // Region and kommuner together match the state: S/2 each. An odd S has a half krona in each
    // half; the two halves are split S by largest remainder in the order region, kommuner, so the
    // region's quarter carries the odd krona (2 268 858 and 2 268 857 for S = 4 537 715) and the
    // two together still equal the state's.
    long[] halves =
        LargestRemainder.split(
            state.value(), List.of(new BigDecimal("0.5"), new BigDecimal("0.5")));
    Kronor region = Kronor.of(halves[0]);
    Kronor kommuner = Kronor.of(halves[1]);
    return allocate(state.plus(region).plus(kommuner), state, region, kommuner, memberShares);
  }

  /**
   * An amount split among the members by their shares, the parts summing to it exactly: e.g. what
   * the kommuner gain from a förbund's insatser, split as they fund it. A loss is split as a gain
   * of the same size, negated.
   *
   * @param amount the amount, gain or loss; not null
   * @param memberShares each member's share, in the order to report; not null
   * @return one part per member, in order
   * @throws ValidationException as {@link #ofTotal} for the shares, or {@code range} at {@code
   *     /total} for an amount beyond {@link #MAX_TOTAL} either way
   */
  public static List<Allocation.MemberPart> split(Kronor amount, List<MemberShare> memberShares) {
    Violations v = new Violations();
    v.check(
        Math.abs(amount.value()) <= MAX_TOTAL,
        "/total",
        "range",
        "the amount must be within " + Kronor.format(MAX_TOTAL) + " kr either way");
    checkShares(v, memberShares);
    v.throwIfAny();
    Kronor size = amount.isNegative() ? amount.negate() : amount;
    List<Allocation.MemberPart> parts = new ArrayList<>();
    for (Allocation.MemberPart m : members(size, memberShares)) {
      parts.add(
          amount.isNegative()
              ? new Allocation.MemberPart(
                  m.member(), m.share(), m.exact().negate(), m.amount().negate())
              : m);
    }
    return parts;
  }

  private static Allocation allocate(
      Kronor total, Kronor state, Kronor region, Kronor kommuner, List<MemberShare> shares) {
    return new Allocation(total, state, region, kommuner, members(kommuner, shares));
  }

  private static List<Allocation.MemberPart> members(Kronor kommuner, List<MemberShare> shares) {
    // Shares within the tolerance of 1 are scaled to sum to exactly 1 before the split, so the
    // parts always sum to the kommuner's quarter; when they already do, this changes nothing.
    BigDecimal sum =
        shares.stream().map(MemberShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> exact =
        sum.compareTo(BigDecimal.ONE) == 0
            ? shares.stream().map(MemberShare::share).toList()
            : shares.stream()
                .map(m -> m.share().divide(sum, java.math.MathContext.DECIMAL128))
                .toList();
    long[] parts = LargestRemainder.split(kommuner.value(), exact);
    List<Allocation.MemberPart> members = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      MemberShare m = shares.get(i);
      members.add(
          new Allocation.MemberPart(
              m.name(),
              m.share(),
              m.share().multiply(kommuner.toBigDecimal()),
              Kronor.of(parts[i])));
    }
    return members;
  }

  private static void checkShares(Violations v, List<MemberShare> shares) {
    if (!v.check(
        !shares.isEmpty(), "/members", "non-empty", "at least one member kommun is required")) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean readable = true;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < shares.size(); i++) {
      MemberShare m = shares.get(i);
      String at = Pointer.at("/members", i);
      if (v.check(
          m.name() != null && !m.name().isBlank(),
          at + "/name",
          "required",
          "member names must be non-blank")) {
        // A member is a kommun or region, never a person: a personnummer here is refused and never
        // echoed.
        FreeText.check(v, () -> at + "/name", "a member's name", java.util.Optional.of(m.name()));
        v.check(
            seen.add(m.name()),
            at + "/name",
            "duplicate",
            "member '" + Pseudonym.redact(m.name()) + "' is listed twice");
      }
      if (m.share() == null) {
        v.add(at + "/share", "required", "every member needs a share");
        readable = false;
        continue;
      }
      // A spreadsheet writes 1/3 as 0.3333333333333333: shares may have as many decimals as a
      // double prints.
      boolean reasonable =
          m.share().precision() <= SHARE_DIGITS
              && m.share().scale() <= SHARE_DIGITS
              && m.share().scale() > -SHARE_DIGITS;
      v.check(
          reasonable,
          at + "/share",
          "precision",
          "a share has at most " + SHARE_DIGITS + " decimals");
      v.check(m.share().signum() >= 0, at + "/share", "range", "a share is 0 or more");
      readable &= reasonable;
      if (reasonable) {
        sum = sum.add(m.share());
      }
    }
    // The sum says nothing when a share could not be read; otherwise it is held to 1 within
    // SUM_TOLERANCE.
    if (readable) {
      v.check(
          sum.subtract(BigDecimal.ONE).abs().compareTo(SUM_TOLERANCE) <= 0,
          "/members",
          "sum",
          "member shares must sum to 100 % (within "
              + SUM_TOLERANCE.toPlainString()
              + "), they sum to "
              + Decimals.show(sum.movePointRight(2).stripTrailingZeros())
              + " %");
    }
  }

  /**
   * How far the shares may sum from 1: three shares of 0.3333333333333333 sum to
   * 0.9999999999999999.
   */
  public static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.000000001");

  private static final int SHARE_DIGITS = 20;
}
