package se.skapa.app;

import java.util.UUID;

final class Ids {

    private Ids() {
    }

    /** A malformed id is answered like an unknown one: a caller learns nothing from the difference. */
    static UUID uuid(String text, String what) {
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
