package se.skapa.app;

import java.util.Objects;
import java.util.UUID;

/** The id of a participant's enrolment in a service (inskrivning). */
public record EnrolmentId(UUID value) {

    public EnrolmentId {
        Objects.requireNonNull(value, "value");
    }

    public static EnrolmentId random() {
        return new EnrolmentId(UUID.randomUUID());
    }

    /** @throws StoredModeException NOT_FOUND if {@code text} is not a UUID: an id that cannot exist */
    public static EnrolmentId parse(String text) {
        return new EnrolmentId(Ids.uuid(text, "enrolment"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
