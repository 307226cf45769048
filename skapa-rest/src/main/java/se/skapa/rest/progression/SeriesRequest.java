package se.skapa.rest.progression;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.skapa.core.progression.Respondent;

/**
 * Body of analyze, chart and cohort.
 *
 * @param instrumentVersion defaults to the newest version of the instrument
 * @param respondent cohort and chart: whose ratings (default PARTICIPANT)
 */
public record SeriesRequest(
    @NotBlank String instrument,
    Integer instrumentVersion,
    Respondent respondent,
    @NotNull @Size(min = 1, max = 200_000) List<@NotNull @Valid MeasurementDto> measurements) {}
