package se.skapa.rest.fidelity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A fidelity review as sent over HTTP. Score ranges are checked by the core, not here. */
public record ReviewDto(@NotNull String service, @NotNull LocalDate date, @Size(max = 10) List<@NotNull String> reviewers,
                        @NotNull @Size(max = 100) List<@NotNull @Valid ItemDto> items) {

    /** One item score. */
    public record ItemDto(@NotNull Integer number, @NotNull Integer score, String note) {
    }
}
