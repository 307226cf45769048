package se.skapa.core.survey;

import se.skapa.core.common.ValidationException;

/**
 * A förbund's survey targets, each a share 0–1.
 *
 * @param offered participants offered the survey, of those active in the period
 * @param responseRate responses, of those offered
 * @param satisfied satisfied, of those who answered the overall question
 */
public record SurveyTargets(double offered, double responseRate, double satisfied) {

  /**
   * @throws ValidationException rule {@code range} if a share is outside 0–1
   * @param offered the target share offered
   * @param responseRate the target response rate
   * @param satisfied the target share satisfied
   */
  public SurveyTargets {
    for (double share : new double[] {offered, responseRate, satisfied}) {
      if (!(share >= 0 && share <= 1)) {
        throw ValidationException.of(
            "/targets", "range", "survey targets are shares 0-1, got " + share);
      }
    }
  }
}
