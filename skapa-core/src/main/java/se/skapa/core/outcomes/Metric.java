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

    /** True for shares (0–1), false for counts per staff member. */
    public boolean isShare() {
        return this != PARTICIPANTS_PER_STAFF;
    }

    OptionalDouble read(OutcomeReport r) {
        return switch (this) {
            case SHARE_EMPLOYMENT -> OptionalDouble.of(r.outcome(OutcomeType.EMPLOYMENT).share().value());
            case SHARE_STUDIES -> OptionalDouble.of(r.outcome(OutcomeType.STUDIES).share().value());
            case SHARE_OCCUPATION -> OptionalDouble.of(r.outcome(OutcomeType.OCCUPATION).share().value());
            case SHARE_WORK_OR_STUDIES -> OptionalDouble.of(r.workOrStudies().value());
            case SHARE_LASTING -> OptionalDouble.of(r.lasting().value());
            case SHARE_CONTACTED -> OptionalDouble.of(r.contactedWithinDays().value());
            case SHARE_ACTION_PLAN -> OptionalDouble.of(r.actionPlan().value());
            case PARTICIPANTS_PER_STAFF -> r.participantsPerStaff();
        };
    }
}
