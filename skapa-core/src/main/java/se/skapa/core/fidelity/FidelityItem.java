package se.skapa.core.fidelity;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/**
 * One item of a fidelity scale. Only the item's name is shipped; the manual's anchor texts
 * belong to their rights holder.
 *
 * @param number  1-based item number as printed in the scale
 * @param section code of the section the item belongs to
 */
public record FidelityItem(int number, String section, LocalizedText name) {

    public FidelityItem {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(name, "name");
    }
}
