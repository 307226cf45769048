package se.skapa.app;

import java.util.UUID;

/** Parsing of the random ids that stored mode hands out. */
public final class Ids {

  private Ids() {}

  /**
   * A malformed id is answered like an unknown one: a caller learns nothing from the difference.
   *
   * @param text the id as sent; may be null
   * @param what what it names, for the message
   * @return the id
   * @throws StoredModeException NOT_FOUND if {@code text} is not a UUID
   */
  public static UUID uuid(String text, String what) {
    try {
      if (text != null && text.length() == 36) {
        return UUID.fromString(text);
      }
    } catch (IllegalArgumentException e) {
      // falls through to not found
    }
    throw StoredModeException.notFound("no " + what + " '" + shorten(text) + "'");
  }

  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 64 ? text : text.substring(0, 61) + "...";
  }
}
