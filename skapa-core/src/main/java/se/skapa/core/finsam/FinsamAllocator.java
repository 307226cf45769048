package se.skapa.core.finsam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pseudonym;

/**
 * Finsam funding (lag 2003:1210): the state half, the region a quarter, the kommuner a quarter
 * split by agreed shares. Every split uses {@link LargestRemainder}, so parts always sum to the whole.
 */
public final class FinsamAllocator {

    private static final List<BigDecimal> STATE_REGION_KOMMUNER = List.of(new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.25"));

    /** Far above any förbund's budget, far below where whole-kronor arithmetic could overflow. */
    public static final long MAX_TOTAL = 10_000_000_000_000L;

    private FinsamAllocator() {
    }

    /**
     * Splits a förbund's total.
     *
     * @param memberShares each kommun's share of the kommuners' quarter, in the order to report
     * @throws ValidationException if the total is negative ({@code /total}), a name is blank or listed twice
     *                             ({@code /members/<index>/name}, rules {@code required}, {@code duplicate}), a share is
     *                             negative ({@code /members/<index>/share}), no member is given, or the shares do not sum
     *                             to exactly 1 ({@code /members}, rule {@code sum})
     */
    public static Allocation ofTotal(Kronor total, List<MemberShare> memberShares) {
        Violations v = new Violations();
        v.check(!total.isNegative() && total.value() <= MAX_TOTAL, "/total", "range", "total must be 0-" + Kronor.format(MAX_TOTAL) + " kr");
        checkShares(v, memberShares);
        v.throwIfAny();
        long[] thirds = LargestRemainder.split(total.value(), STATE_REGION_KOMMUNER);
        return allocate(total, Kronor.of(thirds[0]), Kronor.of(thirds[1]), Kronor.of(thirds[2]), memberShares);
    }

    /**
     * The state's contribution decides the rest: the region and the kommuner together each match half of it.
     *
     * @throws ValidationException if the contribution ({@code /stateContribution}) is negative or odd (a half krona cannot be paid), or as {@link #ofTotal}
     */
    public static Allocation ofStateContribution(Kronor state, List<MemberShare> memberShares) {
        Violations v = new Violations();
        v.check(!state.isNegative() && state.value() <= MAX_TOTAL / 2, "/stateContribution", "range",
                "state contribution must be 0-" + Kronor.format(MAX_TOTAL / 2) + " kr");
        v.check(state.value() % 2 == 0, "/stateContribution", "even", "state contribution must be even so that the region's and kommuner's quarters are whole kronor");
        checkShares(v, memberShares);
        v.throwIfAny();
        Kronor quarter = Kronor.of(state.value() / 2);
        return allocate(state.plus(quarter).plus(quarter), state, quarter, quarter, memberShares);
    }

    private static Allocation allocate(Kronor total, Kronor state, Kronor region, Kronor kommuner, List<MemberShare> shares) {
        long[] parts = LargestRemainder.split(kommuner.value(), shares.stream().map(MemberShare::share).toList());
        List<Allocation.MemberPart> members = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            MemberShare m = shares.get(i);
            members.add(new Allocation.MemberPart(m.name(), m.share(), m.share().multiply(kommuner.toBigDecimal()), Kronor.of(parts[i])));
        }
        return new Allocation(total, state, region, kommuner, members);
    }

    private static void checkShares(Violations v, List<MemberShare> shares) {
        if (!v.check(!shares.isEmpty(), "/members", "non-empty", "at least one member kommun is required")) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < shares.size(); i++) {
            MemberShare m = shares.get(i);
            String at = Pointer.at("/members", i);
            if (v.check(m.name() != null && !m.name().isBlank(), at + "/name", "required", "member names must be non-blank")) {
                // A member is a kommun or region, never a person: a personnummer here is refused and never echoed.
                FreeText.check(v, () -> at + "/name", "a member's name", java.util.Optional.of(m.name()));
                v.check(seen.add(m.name()), at + "/name", "duplicate", "member '" + Pseudonym.redact(m.name()) + "' is listed twice");
            }
            Decimals.check(v, at + "/share", m.share());
            if (v.check(m.share() != null && m.share().signum() >= 0 && Decimals.reasonable(m.share()), at + "/share", "range",
                    "share of " + Pseudonym.redact(m.name()) + " must be 0 or more")) {
                sum = sum.add(m.share());
            }
        }
        v.check(sum.compareTo(BigDecimal.ONE) == 0, "/members", "sum", "member shares must sum to exactly 100 %, they sum to "
                + Decimals.show(sum.movePointRight(2).stripTrailingZeros()) + " %");
    }
}
