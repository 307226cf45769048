package se.skapa.app.register;

import java.util.Objects;
import java.util.UUID;
import se.skapa.app.Ids;
import se.skapa.app.StoredModeException;

/**
 * The id of a stored job, study or intervention.
 *
 * @param value the UUID
 */
public record SpellId(UUID value) {

  /**
   * @param value the UUID; not null
   */
  public SpellId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * @return a new random id
   */
  public static SpellId random() {
    return new SpellId(UUID.randomUUID());
  }

  /**
   * @param text a UUID
   * @return the id
   * @throws StoredModeException NOT_FOUND if the text is not a UUID (no such resource)
   */
  public static SpellId parse(String text) {
    return new SpellId(Ids.uuid(text, "record"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
