package se.skapa.app.measurement;

import java.util.Objects;
import java.util.UUID;
import se.skapa.app.Ids;
import se.skapa.app.StoredModeException;

/**
 * The id of a stored measurement: random, so it tells nothing about the participant or the order of
 * writes.
 */
public record MeasurementId(UUID value) {

  /**
   * @param value the value; not null
   * @throws NullPointerException if value is null
   */
  public MeasurementId {
    Objects.requireNonNull(value, "value");
  }

  /** {@return a new random id} */
  public static MeasurementId random() {
    return new MeasurementId(UUID.randomUUID());
  }

  /**
   * @throws StoredModeException NOT_FOUND if {@code text} is not a UUID: an id that cannot exist
   * @param text a UUID as text
   * @return the id
   */
  public static MeasurementId parse(String text) {
    return new MeasurementId(Ids.uuid(text, "measurement"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
