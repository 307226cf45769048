package se.skapa.core.progression;

/** Which respondent an indicator is meant for. */
public enum RatedBy {
    PARTICIPANT, HANDLEDARE, BOTH;

    public boolean allows(Respondent respondent) {
        return this == BOTH || name().equals(respondent.name());
    }
}
