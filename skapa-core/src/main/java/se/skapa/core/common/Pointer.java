package se.skapa.core.common;

/** JSON Pointer (RFC 6901) building, so that violations point at the exact input value. */
public final class Pointer {

    private Pointer() {
    }

    /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String token(String raw) {
        return raw.replace("~", "~0").replace("/", "~1");
    }

    /** {@code prefix + "/" + index}. */
    public static String at(String prefix, int index) {
        return prefix + "/" + index;
    }

    /** {@code prefix + "/" + escaped key}. */
    public static String at(String prefix, String key) {
        return prefix + "/" + token(key);
    }
}
