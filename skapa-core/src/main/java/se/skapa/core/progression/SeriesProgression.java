package se.skapa.core.progression;

import java.util.List;

/** A participant's progression as rated by one respondent. */
public record SeriesProgression(Respondent respondent, int measurements, List<IndicatorProgression> indicators,
                                List<IndexPoint> overallIndex) {

    public SeriesProgression {
        indicators = List.copyOf(indicators);
        overallIndex = List.copyOf(overallIndex);
    }
}
