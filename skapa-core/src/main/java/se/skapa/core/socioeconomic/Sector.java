package se.skapa.core.socioeconomic;

/** The employer's sector after a move to work. Descriptive: it does not change who gains. */
public enum Sector {
    KOMMUN, REGION, STATE, PRIVATE, NONPROFIT
}
