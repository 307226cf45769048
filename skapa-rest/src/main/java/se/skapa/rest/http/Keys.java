package se.skapa.rest.http;

import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.Violations;

/** Pseudonymous keys from request fields, with violations located at the field. */
public final class Keys {

  private Keys() {}

  /** The key, or null with a violation recorded at {@code pointer}. */
  public static @Nullable Pseudonym key(Violations v, String pointer, String raw) {
    return v.attempt(pointer, () -> Pseudonym.of(raw));
  }
}
