package se.skapa.core.register;

/** Why a job ended: IPS follows job endings to find the next job, not to judge the person. */
public enum JobEndReason {
  /** A fixed-term contract ran out. */
  CONTRACT_ENDED,
  /** The participant left. */
  QUIT,
  /** The employer ended it. */
  DISMISSED,
  /** Ill health. */
  HEALTH,
  /** Anything else. */
  OTHER
}
