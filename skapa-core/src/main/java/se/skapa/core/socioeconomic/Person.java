package se.skapa.core.socioeconomic;

import java.util.List;
import java.util.Objects;

/** One person's support before and situation after. No identity: people are rows, not names. */
public record Person(List<BenefitBefore> before, After after) {

    public Person {
        before = List.copyOf(before);
        Objects.requireNonNull(after, "after");
    }
}
