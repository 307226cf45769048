package se.skapa.core.outcomes;

import java.util.OptionalDouble;
import se.skapa.core.common.LocalizedText;

/** What a target measures, and how to read it off a report. */
public enum Metric {
    SHARE_EMPLOYMENT(LocalizedText.of("Andel till anställning", "Share to employment")),
    SHARE_STUDIES(LocalizedText.of("Andel till studier", "Share to studies")),
    SHARE_OCCUPATION(LocalizedText.of("Andel till meningsfull sysselsättning", "Share to meaningful occupation")),
    SHARE_WORK_OR_STUDIES(LocalizedText.of("Andel till arbete eller studier", "Share to work or studies")),
    SHARE_LASTING(LocalizedText.of("Andel till arbete, studier eller annan varaktig lösning", "Share to work, studies or another lasting solution")),
    SHARE_CONTACTED(LocalizedText.of("Andel kontaktade inom angivet antal dagar", "Share contacted within the stated days")),
    SHARE_ACTION_PLAN(LocalizedText.of("Andel med individuell handlingsplan", "Share with an individual action plan")),
    PARTICIPANTS_PER_STAFF(LocalizedText.of("Deltagare per heltidstjänst", "Participants per full-time staff member"));

    private final LocalizedText label;

    Metric(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /**
     * A value of this metric as people read it: a share in percent with {@code shareDecimals} ({@code 40 %},
     * {@code 28,2 %}), a count with one decimal ({@code 15,0}).
     */
    public String show(double value, int shareDecimals, se.skapa.core.common.Language language) {
        return isShare() ? se.skapa.core.common.Numbers.percent(value, shareDecimals, language)
                : se.skapa.core.common.Numbers.decimal(value, 1, language);
    }

    /** True for shares (0–1), false for counts per staff member. */
    public boolean isShare() {
        return this != PARTICIPANTS_PER_STAFF;
    }

    OptionalDouble read(OutcomeReport r) {
        return switch (this) {
            case SHARE_EMPLOYMENT -> of(r.outcome(OutcomeType.EMPLOYMENT).share());
            case SHARE_STUDIES -> of(r.outcome(OutcomeType.STUDIES).share());
            case SHARE_OCCUPATION -> of(r.outcome(OutcomeType.OCCUPATION).share());
            case SHARE_WORK_OR_STUDIES -> of(r.workOrStudies());
            case SHARE_LASTING -> of(r.lasting());
            case SHARE_CONTACTED -> of(r.contactedWithinDays());
            case SHARE_ACTION_PLAN -> of(r.actionPlan());
            case PARTICIPANTS_PER_STAFF -> r.participantsPerStaff();
        };
    }

    /** 0 of 0 has no share: a target on it is not met, and says it has no value, rather than reading 0 %. */
    private static OptionalDouble of(Share s) {
        return s.hasValue() ? OptionalDouble.of(s.value()) : OptionalDouble.empty();
    }
}
