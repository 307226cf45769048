package se.skapa.core.common;

import java.util.List;
import java.util.Locale;

/** The two languages every user-facing label comes in. Swedish is the default. */
public enum Language {
  /** Swedish ({@code sv}), the default. */
  SV,
  /** English ({@code en}). */
  EN;

  private static final List<String> TAGS = List.of("sv", "en");

  /**
   * Reads a language tag such as {@code sv} or {@code en-GB}, or an Accept-Language header with
   * weights ({@code sv;q=0.1, en;q=0.9} gives English): RFC 4647 lookup by the JDK's {@link
   * Locale#lookupTag}. Swedish when nothing supported is asked for, or the header is malformed (a
   * label language is no reason to refuse a request).
   *
   * @param tag may be null or blank, giving {@link #SV}
   * @return the language asked for, {@link #SV} when none is supported
   */
  public static Language fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return SV;
    }
    try {
      return "en".equals(Locale.lookupTag(Locale.LanguageRange.parse(tag), TAGS)) ? EN : SV;
    } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
      // The JDK's parser throws an index error for "-" (JDK 17): malformed all the same.
      return SV;
    }
  }

  /**
   * The language's tag, {@code sv} or {@code en}.
   *
   * @return {@code sv} or {@code en}
   */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
