package se.skapa.app.access;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Violations;

/**
 * What a new password must be (OWASP ASVS 4.0 V2.1): 12 to 200 characters of any kind, spaces and
 * any script included, no composition rule; refused when it is common. "Common" is decided without
 * a guess at strength: a password is refused when it holds a control character, repeats a few
 * characters, follows a keyboard or counting sequence, contains the username, or when its letters
 * (look-alike digits read as letters, leading and trailing digits and symbols dropped) are one or
 * two of the base words of common and leaked passwords shipped with the server ({@link
 * CommonPasswords}, English and Swedish). So {@code password1234}, {@code P@ssw0rd2024} and {@code
 * Sommar2024!!} are refused and {@code korrekt häst batteri} is not.
 */
public final class PasswordRule {

  /** Shortest accepted password (ASVS 2.1.1). */
  public static final int MIN_LENGTH = 12;

  /** Longest accepted password (ASVS 2.1.2 asks for at least 64): a bound on one hash's work. */
  public static final int MAX_LENGTH = 200;

  /** Fewer different characters than this is a repetition, not a password. */
  private static final int MIN_DISTINCT = 5;

  /** Rows of keys and counting runs a password must not follow for its whole length. */
  private static final String[] SEQUENCES = {
    "1234567890",
    "qwertyuiopåasdfghjklöäzxcvbnm",
    "abcdefghijklmnopqrstuvwxyzåäö",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "qazwsxedcrfvtgbyhnujmikolp"
  };

  private static final Set<String> WORDS = CommonPasswords.WORDS;

  private PasswordRule() {}

  /**
   * Adds every way {@code password} breaks the rule to {@code v}.
   *
   * @param v where violations are collected; not null
   * @param password the new password; null breaks the length rule
   * @param username the account's username, which the password must not contain; may be null
   * @param pointer where the password is in the caller's input; not null
   */
  public static void check(
      Violations v, @Nullable String password, @Nullable String username, String pointer) {
    Objects.requireNonNull(v, "v");
    if (!v.check(
            password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH,
            pointer,
            "password",
            "a password has "
                + MIN_LENGTH
                + "-"
                + MAX_LENGTH
                + " characters; a few words make a good one")
        || password == null) {
      return;
    }
    boolean control = password.codePoints().anyMatch(Character::isISOControl);
    long distinct = password.codePoints().map(Character::toLowerCase).distinct().count();
    if (!v.check(
        !control && distinct >= MIN_DISTINCT && !password.isBlank(),
        pointer,
        "password-characters",
        "a password holds no control characters and does not repeat a few characters")) {
      return;
    }
    String lower = Normalizer.normalize(password, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    v.check(
        !common(lower),
        pointer,
        "password-common",
        "a common password (a common word with digits, a keyboard run or a leaked password);"
            + " a few words that do not belong together make a good one");
    v.check(
        username == null
            || username.length() < 3
            || !lower.contains(username.toLowerCase(Locale.ROOT)),
        pointer,
        "password-username",
        "a password must not contain the username");
  }

  /**
   * @param lower the password in lower case
   * @return true if it is common by the rule above
   */
  static boolean common(String lower) {
    String alnum = lower.replaceAll("[^\\p{L}\\p{N}]", "");
    if (alnum.isEmpty() || sequence(alnum) || repeated(alnum)) {
      return true;
    }
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    return words(letters(core, false)) || words(letters(core, true));
  }

  private static String letters(String s, boolean readDigitsAsLetters) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .map(c -> readDigitsAsLetters ? lookAlike(c) : c)
        .filter(Character::isLetter)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static int lookAlike(int c) {
    return switch (c) {
      case '4', '@' -> 'a';
      case '3' -> 'e';
      case '0' -> 'o';
      case '1', '!' -> 'i';
      case '5', '$' -> 's';
      case '7' -> 't';
      default -> c;
    };
  }

  /** One word of the list, one part over and over, or two words. */
  private static boolean words(String letters) {
    if (letters.isEmpty()) {
      return false;
    }
    if (WORDS.contains(letters) || repeated(letters)) {
      return true;
    }
    for (int i = 3; i <= letters.length() - 3; i++) {
      if (WORDS.contains(letters.substring(0, i)) && WORDS.contains(letters.substring(i))) {
        return true;
      }
    }
    return false;
  }

  /** The text is one part over and over. */
  private static boolean repeated(String s) {
    for (int unit = 1; unit <= s.length() / 2; unit++) {
      if (s.length() % unit == 0 && s.substring(0, unit).repeat(s.length() / unit).equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** The text follows a keyboard row or a counting run, forwards or backwards, wrapping round. */
  private static boolean sequence(String s) {
    String reversed = new StringBuilder(s).reverse().toString();
    for (String seq : SEQUENCES) {
      String around = seq.repeat(1 + s.length() / seq.length() + 1);
      if (around.contains(s) || around.contains(reversed)) {
        return true;
      }
    }
    return false;
  }
}
