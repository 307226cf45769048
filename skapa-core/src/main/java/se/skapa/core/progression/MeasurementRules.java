package se.skapa.core.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * Checks measurements against an instrument and against each other. "Today" comes from an
 * injected {@link Clock} so that the future-date rule is testable.
 */
public final class MeasurementRules {

    /** Longest comment accepted; comments are notes, not case files. */
    public static final int MAX_COMMENT_LENGTH = 2000;

    private final Clock clock;

    private MeasurementRules(Clock clock) {
        this.clock = clock;
    }

    public static MeasurementRules withClock(Clock clock) {
        return new MeasurementRules(java.util.Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Checks every measurement; violations point at {@code /measurements/<index>/...}.
     * Rules: {@code instrument} (id and version match), {@code unknown-indicator}, {@code respondent}
     * (indicator rated by the wrong respondent), {@code range} (score within the scale),
     * {@code future-date}, {@code duplicate} (one participant, date and respondent only once),
     * {@code length} (comment).
     *
     * @throws ValidationException listing every violation
     */
    public void check(Instrument instrument, List<Measurement> measurements) {
        Violations v = new Violations();
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            String at = Pointer.at("/measurements", i);
            v.check(m.instrumentId().equals(instrument.id()) && m.instrumentVersion() == instrument.version(),
                    at + "/instrument", "instrument",
                    "measurement is of instrument " + m.instrumentId() + "@" + m.instrumentVersion()
                            + " but the series is of " + instrument);
            v.check(!m.date().isAfter(today), at + "/date", "future-date",
                    "date " + m.date() + " is after today (" + today + ")");
            String identity = m.participant().value() + "|" + m.date() + "|" + m.respondent();
            Integer earlier = seen.putIfAbsent(identity, i);
            if (earlier != null) {
                v.add(at, "duplicate", "participant " + m.participant() + " already has a " + m.respondent()
                        + " measurement on " + m.date() + " (measurement " + earlier + ")");
            }
            m.comment().ifPresent(c -> v.check(c.length() <= MAX_COMMENT_LENGTH, at + "/comment", "length",
                    "comment has " + c.length() + " characters; at most " + MAX_COMMENT_LENGTH + " are accepted"));
            for (Map.Entry<String, Answer> e : m.answers().entrySet()) {
                checkAnswer(v, instrument, m.respondent(), Pointer.at(at + "/scores", e.getKey()), e.getKey(), e.getValue());
            }
        }
        v.throwIfAny();
    }

    private static void checkAnswer(Violations v, Instrument instrument, Respondent respondent, String at,
                                    String key, Answer answer) {
        Optional<Indicator> indicator = instrument.indicator(key);
        if (indicator.isEmpty()) {
            v.add(at, "unknown-indicator", "indicator '" + key + "' is not part of instrument " + instrument);
            return;
        }
        Indicator ind = indicator.get();
        v.check(ind.ratedBy().allows(respondent), at, "respondent",
                "indicator '" + key + "' is rated by " + ind.ratedBy() + ", not by " + respondent);
        if (answer.isAnswered()) {
            int s = answer.scoreOrThrow();
            v.check(ind.scale().contains(s), at, "range",
                    "score " + s + " for '" + key + "' is outside its scale " + ind.scale());
        }
    }
}
