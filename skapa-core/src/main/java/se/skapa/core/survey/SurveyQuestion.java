package se.skapa.core.survey;

import java.util.Objects;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;

/**
 * One statement of the participant survey, answered on the survey scale (1 = stämmer inte alls, 5 =
 * stämmer helt).
 *
 * @param key 1–64 of {@code a–z 0–9 -}
 * @param overall true for the question whose answer counts as "satisfied or not"
 */
public record SurveyQuestion(String key, LocalizedText text, boolean overall) {

  /**
   * @throws ValidationException rule {@code format} or {@code personnummer} at {@code /key}
   * @param key the question's key
   * @param text the statement in Swedish and English; not null
   * @param overall true for the overall question
   */
  public SurveyQuestion {
    Objects.requireNonNull(text, "text");
    if (se.skapa.core.common.Pseudonym.looksLikePersonalIdentityNumber(key)) {
      throw ValidationException.of(
          "/key",
          "personnummer",
          "a question key may not look like a personnummer or samordningsnummer");
    }
    if (!se.skapa.core.common.Slug.valid(key)) {
      throw ValidationException.of(
          "/key", "format", "a question key has 1-64 lower-case letters, digits or hyphens");
    }
  }
}
