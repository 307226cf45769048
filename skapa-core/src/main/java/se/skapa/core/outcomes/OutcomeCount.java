package se.skapa.core.outcomes;

/** One outcome's count and share; {@code subsidised} only for EMPLOYMENT. */
public record OutcomeCount(OutcomeType outcome, Share share, int subsidised) {}
