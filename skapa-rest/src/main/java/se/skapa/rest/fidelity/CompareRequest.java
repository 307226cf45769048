package se.skapa.rest.fidelity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Several reviews of one service, in any order. */
public record CompareRequest(@NotNull @Size(max = 50) List<@NotNull @Valid ReviewDto> reviews) {}
