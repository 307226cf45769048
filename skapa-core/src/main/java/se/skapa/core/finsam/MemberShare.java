package se.skapa.core.finsam;

import java.math.BigDecimal;

/**
 * A member kommun's agreed share of the kommuner's quarter, as the förbund lists it.
 * Checked by {@link FinsamAllocator}, which names the member's place in the list.
 *
 * @param name  the kommun, e.g. {@code Boden}
 * @param share 0–1, e.g. {@code 0.17}
 */
public record MemberShare(String name, BigDecimal share) {

    public static MemberShare of(String name, String share) {
        return new MemberShare(name, new BigDecimal(share));
    }
}
