package se.skapa.app;

import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/**
 * The id of an organisation (a kommun's AME, an IFO unit, a förbund), chosen by the operator,
 * e.g. {@code ame-boden}. Same characters as a pseudonymous key, so it is safe in a URL.
 *
 * @param value 1–64 characters from {@code A–Z a–z 0–9 . _ : -}
 */
public record OrganisationId(String value) {

    /** @throws se.skapa.core.common.ValidationException with rule {@code required} or {@code format} */
    public OrganisationId {
        Objects.requireNonNull(Pseudonym.of(value));
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
