package se.skapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;

/** Who may do what: another organisation is "not found", a missing role "forbidden". */
class ActorTest {

  static final OrganisationId BODEN = OrganisationId.of("ame-boden");
  static final Actor ANALYST =
      new Actor(BODEN, new KeyId(UUID.randomUUID()), Pseudonym.of("a-1"), Set.of(Role.ANALYST));

  @Test
  void another_organisation_is_not_found_exactly_as_one_that_does_not_exist() {
    StoredModeException e =
        assertThrows(
            StoredModeException.class,
            () -> ANALYST.require(OrganisationId.of("ifo-lulea"), Role.ANALYST));
    assertEquals(StoredModeException.Kind.NOT_FOUND, e.kind());
    assertEquals("no organisation 'ifo-lulea'", e.getMessage());
  }

  @Test
  void a_missing_role_is_forbidden_and_names_the_role_needed() {
    StoredModeException e =
        assertThrows(StoredModeException.class, () -> ANALYST.require(BODEN, Role.HANDLEDARE));
    assertEquals(StoredModeException.Kind.FORBIDDEN, e.kind());
    assertEquals("this needs the role handledare; the key of a-1 has [analyst]", e.getMessage());
    ANALYST.require(BODEN, Role.HANDLEDARE, Role.ANALYST);
  }

  @Test
  void roles_ids_and_keys_refuse_what_they_cannot_hold() {
    assertEquals(Role.HANDLEDARE, Role.of("handledare"));
    assertEquals(
        "role",
        assertThrows(ValidationException.class, () -> Role.of("root")).violations().get(0).rule());
    assertEquals(
        "personnummer",
        assertThrows(ValidationException.class, () -> OrganisationId.of("191212121212"))
            .violations()
            .get(0)
            .rule());
    assertEquals(
        StoredModeException.Kind.NOT_FOUND,
        assertThrows(StoredModeException.class, () -> MeasurementId.parse("12")).kind());
  }
}
