package se.skapa.core.common;

/**
 * A label in Swedish and English.
 *
 * @param sv Swedish text, never blank
 * @param en English text, never blank
 */
public record LocalizedText(String sv, String en) {

  /**
   * @throws ValidationException if either text is null or blank
   * @param sv Swedish text
   * @param en English text
   */
  public LocalizedText {
    Violations v = new Violations();
    v.check(sv != null && !sv.isBlank(), "/sv", "required", "Swedish text (sv) is required");
    v.check(en != null && !en.isBlank(), "/en", "required", "English text (en) is required");
    v.throwIfAny();
  }

  /**
   * @param sv Swedish text, not blank
   * @param en English text, not blank
   * @return the label
   * @throws ValidationException if either text is null or blank
   */
  public static LocalizedText of(String sv, String en) {
    return new LocalizedText(sv, en);
  }

  /**
   * @param language the reader's language; not null
   * @return the text in that language
   */
  public String in(Language language) {
    return language == Language.EN ? en : sv;
  }
}
