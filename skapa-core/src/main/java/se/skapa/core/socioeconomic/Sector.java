package se.skapa.core.socioeconomic;

/** The employer's sector after a move to work. Descriptive: it does not change who gains. */
public enum Sector {
  /** A kommun. */
  KOMMUN,
  /** A region. */
  REGION,
  /** The state. */
  STATE,
  /** A private company. */
  PRIVATE,
  /** A non-profit organisation (idéburen sektor). */
  NONPROFIT
}
