package se.skapa.core.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.skapa.core.common.Pseudonym;

/**
 * A fidelity review of one service on one date.
 *
 * @param service   pseudonymous key of the service (e.g. {@code ips-hudiksvall})
 * @param reviewers initials or keys of the reviewers, never identity numbers; a formal review names
 *                  one or more, a quick what-if scoring may name none
 * @param items     item scores in any order; missing items make the review a draft
 */
public record Review(Pseudonym service, LocalDate date, List<Pseudonym> reviewers, List<ItemScore> items) {

    public Review {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(date, "date");
        reviewers = List.copyOf(reviewers);
        items = List.copyOf(items);
    }
}
