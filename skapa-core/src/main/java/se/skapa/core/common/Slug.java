package se.skapa.core.common;

import java.util.regex.Pattern;

/**
 * The form of SKAPA's own identifiers (an instrument's id, an indicator's or a survey question's
 * key): 1–64 lower-case letters a–z, digits or hyphens, starting with a letter or digit. One rule,
 * one place.
 */
public final class Slug {

  /** The form in words, for messages. */
  public static final String FORM =
      "1-64 lower-case letters a-z, digits or hyphens, starting with a letter or digit";

  private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private Slug() {}

  /**
   * True if {@code text} has the form; false for null.
   *
   * @param text any text; may be null
   * @return true if it is a valid identifier
   */
  public static boolean valid(String text) {
    return text != null && PATTERN.matcher(text).matches();
  }
}
