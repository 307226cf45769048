package se.skapa.app.register;

import java.util.Objects;
import java.util.UUID;
import se.skapa.app.Ids;
import se.skapa.app.StoredModeException;

/** The id of a participant's enrolment in a service (inskrivning). */
public record EnrolmentId(UUID value) {

  /**
   * @param value the value; not null
   * @throws NullPointerException if value is null
   */
  public EnrolmentId {
    Objects.requireNonNull(value, "value");
  }

  /** {@return a new random id} */
  public static EnrolmentId random() {
    return new EnrolmentId(UUID.randomUUID());
  }

  /**
   * @throws StoredModeException NOT_FOUND if {@code text} is not a UUID: an id that cannot exist
   * @param text a UUID as text
   * @return the id
   */
  public static EnrolmentId parse(String text) {
    return new EnrolmentId(Ids.uuid(text, "enrolment"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
