package se.skapa.core.progression;

/** Which respondent an indicator is meant for. */
public enum RatedBy {
  /** Rated by the participant (self-rating). */
  PARTICIPANT,
  /** Rated by the handledare. */
  HANDLEDARE,
  /** Rated by either. */
  BOTH;

  /**
   * @param respondent who rated; not null
   * @return true if that respondent rates an indicator of this kind
   */
  public boolean allows(Respondent respondent) {
    return this == BOTH || name().equals(respondent.name());
  }
}
