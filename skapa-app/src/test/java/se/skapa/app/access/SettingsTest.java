package se.skapa.app.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.fakes.InMemoryAuditLog;
import se.skapa.app.fakes.InMemoryOrganisations;
import se.skapa.app.fakes.InMemoryStorage;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;

/** An organisation chooses its own intervals and threshold, never below the server's floor. */
class SettingsTest {

  static final OrganisationId ORG = OrganisationId.of("finsam-nord");
  static final int FLOOR = 5;

  final InMemoryAuditLog audit = new InMemoryAuditLog();
  final InMemoryStorage storage =
      new InMemoryStorage()
          .with(OrganisationStore.class, new InMemoryOrganisations())
          .with(AuditLog.class, audit);
  final Settings settings =
      new Settings(
          storage, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), FLOOR);

  static Actor actor(Role role) {
    return new Actor(ORG, new KeyId(UUID.randomUUID()), Pseudonym.of("a-1"), Set.of(role));
  }

  static OrganisationSettings chosen(int smallNumbers) {
    return new OrganisationSettings(
        Optional.of("tillganglighet@finsam-nord.se"), 2, List.of(12, 3), Optional.of(smallNumbers));
  }

  @Test
  void an_organisation_that_has_chosen_nothing_has_the_defaults_and_the_servers_threshold() {
    Settings.InForce s = settings.settings(actor(Role.HANDLEDARE), ORG);
    assertEquals(OrganisationSettings.DEFAULT, s.settings());
    assertEquals(3, s.settings().measurementIntervalMonths());
    assertEquals(List.of(6, 12), s.settings().afterClosingMonths());
    assertEquals(FLOOR, s.smallNumbers());
  }

  @Test
  void an_admin_raises_the_threshold_and_every_member_reads_the_settings_in_force() {
    settings.change(actor(Role.ADMIN), ORG, chosen(10));

    Settings.InForce s = settings.settings(actor(Role.ANALYST), ORG);
    assertEquals(10, s.smallNumbers());
    assertEquals(List.of(3, 12), s.settings().afterClosingMonths(), "kept ascending");
    assertEquals(Optional.of("tillganglighet@finsam-nord.se"), s.settings().accessibilityContact());
    assertEquals(
        1, audit.lines().stream().filter(e -> e.action().equals("settings.changed")).count());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void a_threshold_below_the_servers_is_refused_naming_the_field(int below) {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> settings.change(actor(Role.ADMIN), ORG, chosen(below)));
    assertEquals("/smallNumbers", e.violations().get(0).pointer());
    assertEquals("range", e.violations().get(0).rule());
    assertEquals(
        FLOOR, settings.settings(actor(Role.ADMIN), ORG).smallNumbers(), "nothing written");
  }

  @Test
  void the_server_raising_its_floor_above_an_organisations_choice_wins() {
    OrganisationSettings own = chosen(6);
    assertEquals(6, own.smallNumbers(5));
    assertEquals(8, own.smallNumbers(8));
  }

  @Test
  void only_an_admin_changes_them() {
    assertThrows(
        StoredModeException.class, () -> settings.change(actor(Role.HANDLEDARE), ORG, chosen(10)));
  }

  @Test
  void every_broken_rule_is_named_at_once() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                new OrganisationSettings(
                    Optional.of("a\nb"), 7, List.of(6, 6, 40), Optional.of(1)));
    assertEquals(
        List.of(
            "/accessibilityContact format",
            "/measurementIntervalMonths range",
            "/afterClosingMonths/1 duplicate",
            "/afterClosingMonths/2 range",
            "/smallNumbers range"),
        e.violations().stream().map(v -> v.pointer() + " " + v.rule()).toList());
    assertThrows(
        ValidationException.class,
        () -> new OrganisationSettings(Optional.empty(), 3, List.of(), Optional.empty()));
    assertThrows(
        ValidationException.class,
        () ->
            new OrganisationSettings(
                Optional.of("x".repeat(OrganisationSettings.CONTACT_MAX + 1)),
                3,
                List.of(6),
                Optional.empty()));
  }

  @Test
  void a_blank_contact_is_no_contact() {
    assertEquals(
        Optional.empty(),
        new OrganisationSettings(Optional.of("   "), 3, List.of(6), Optional.empty())
            .accessibilityContact());
  }
}
