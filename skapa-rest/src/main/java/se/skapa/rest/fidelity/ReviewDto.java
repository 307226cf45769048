package se.skapa.rest.fidelity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.skapa.core.fidelity.ReviewStatus;

/** A fidelity review as sent over HTTP. Score ranges are checked by the core, not here. */
public record ReviewDto(
    @NotNull String service,
    @NotNull LocalDate date,
    @Size(max = 10) List<@NotNull String> reviewers,
    @NotNull @Size(max = 100) List<@NotNull @Valid ItemDto> items,
    Status status) {

  /** What the reviewers say the review is; absent when unsaid. */
  public enum Status {
    @com.fasterxml.jackson.annotation.JsonProperty("draft")
    DRAFT,
    @com.fasterxml.jackson.annotation.JsonProperty("final")
    FINAL
  }

  /** The status as the core reads it. */
  public Optional<ReviewStatus> reviewStatus() {
    return Optional.ofNullable(status).map(s -> ReviewStatus.valueOf(s.name()));
  }

  /** One item score. */
  public record ItemDto(@NotNull Integer number, @NotNull Integer score, String note) {}
}
