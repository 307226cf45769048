package se.skapa.core.common;

import java.util.Locale;

/** The two languages every user-facing label comes in. Swedish is the default. */
public enum Language {
    SV, EN;

    /**
     * Reads a language tag such as {@code sv}, {@code en-GB} or an Accept-Language header
     * ({@code en;q=0.9, sv}); the first supported language wins, Swedish otherwise.
     *
     * @param tag may be null or blank, giving {@link #SV}
     */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return SV;
        }
        for (String part : tag.split(",")) {
            String primary = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (primary.startsWith("en")) {
                return EN;
            }
            if (primary.startsWith("sv")) {
                return SV;
            }
        }
        return SV;
    }
}
