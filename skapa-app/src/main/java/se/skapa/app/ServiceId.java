package se.skapa.app;

import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/**
 * The id of a service (verksamhet, insats) within one organisation, e.g. {@code steget-fram}.
 *
 * @param value 1–64 characters from {@code A–Z a–z 0–9 . _ : -}
 */
public record ServiceId(String value) {

    /** @throws se.skapa.core.common.ValidationException with rule {@code required} or {@code format} */
    public ServiceId {
        Objects.requireNonNull(Pseudonym.of(value));
    }

    public static ServiceId of(String value) {
        return new ServiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
