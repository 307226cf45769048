package se.skapa.rest.progression;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.skapa.core.progression.Respondent;

/** One measurement as sent over HTTP. A score of {@code null} means "not answered". */
public record MeasurementDto(
    @NotNull String participant,
    @NotNull LocalDate date,
    @NotNull Respondent respondent,
    String handledare,
    @NotNull @Size(max = 200) Map<String, @Nullable Number> scores,
    String comment) {}
