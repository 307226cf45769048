package se.skapa.core.progression;

/**
 * One indicator across a verksamhet's participants, over those who answered it at least twice.
 *
 * @param participants participants who answered it at least twice (the denominator of the shares)
 * @param meanFirst mean of the first answers, in the scale's units; 0 when {@code participants} is
 *     0
 * @param meanLatest mean of the latest answers; meanLatest − meanFirst = meanChange
 * @param meanChange mean of (latest − first); 0 when {@code participants} is 0
 * @param shareImproved share 0–1 with direction IMPROVED
 */
public record CohortIndicator(
    String key,
    int participants,
    double meanFirst,
    double meanLatest,
    double meanChange,
    double shareImproved,
    double shareUnchanged,
    double shareDeclined) {}
