package se.skapa.app;

import java.util.Objects;
import java.util.UUID;

/** The public id of an API key (never the key itself). */
public record KeyId(UUID value) {

  /**
   * @param value the value; not null
   * @throws NullPointerException if value is null
   */
  public KeyId {
    Objects.requireNonNull(value, "value");
  }

  /** {@return a new random id} */
  public static KeyId random() {
    return new KeyId(UUID.randomUUID());
  }

  /**
   * @throws StoredModeException NOT_FOUND if {@code text} is not a UUID: an id that cannot exist
   * @param text a UUID as text
   * @return the id
   */
  public static KeyId parse(String text) {
    return new KeyId(Ids.uuid(text, "key"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
