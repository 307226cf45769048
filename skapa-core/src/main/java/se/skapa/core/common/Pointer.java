package se.skapa.core.common;

/** JSON Pointer (RFC 6901) building, so that violations point at the exact input value. */
public final class Pointer {

  private Pointer() {}

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}.
   *
   * @param raw a key as sent; not null
   * @return the key as a pointer's reference token
   */
  public static String token(String raw) {
    return raw.replace("~", "~0").replace("/", "~1");
  }

  /**
   * {@code prefix + "/" + index}.
   *
   * @param prefix a JSON pointer; not null
   * @param index a list index, from 0
   * @return the pointer to that element
   */
  public static String at(String prefix, int index) {
    return prefix + "/" + index;
  }

  /**
   * {@code prefix + "/" + escaped key}.
   *
   * @param prefix a JSON pointer; not null
   * @param key a member name; not null
   * @return the pointer to that member
   */
  public static String at(String prefix, String key) {
    return prefix + "/" + token(key);
  }
}
