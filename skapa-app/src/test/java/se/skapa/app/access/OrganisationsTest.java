package se.skapa.app.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.fakes.InMemoryAuditLog;
import se.skapa.app.fakes.InMemoryKeys;
import se.skapa.app.fakes.InMemoryOrganisations;
import se.skapa.app.fakes.InMemoryStorage;
import se.skapa.core.common.Pseudonym;

/** Organisations and their keys on in-memory ports: who is admitted, and what it costs. */
class OrganisationsTest {

  /** A clock a test moves. */
  static final class Moving extends Clock {
    Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final Moving clock = new Moving();
  final InMemoryKeys keys = new InMemoryKeys();
  final InMemoryAuditLog audit = new InMemoryAuditLog();
  final InMemoryStorage storage =
      new InMemoryStorage()
          .with(OrganisationStore.class, new InMemoryOrganisations())
          .with(KeyStore.class, keys)
          .with(AuditLog.class, audit);
  final Organisations organisations = new Organisations(storage, clock);

  @Test
  void aKeyAdmitsItsHolderWithItsRolesAndAnUnknownOrRevokedOneNobody() {
    OrganisationId org = OrganisationId.of("ame-boden");
    Actor admin =
        organisations.create(org, "AME Boden", Pseudonym.of("admin")).adminKey().key().actor();
    IssuedKey h = organisations.issueKey(admin, org, Pseudonym.of("h-1"), Set.of(Role.HANDLEDARE));
    Actor actor = organisations.authenticate(h.secret()).orElseThrow();
    assertEquals(Pseudonym.of("h-1"), actor.holder());
    assertTrue(actor.has(Role.HANDLEDARE));
    assertEquals(Optional.empty(), organisations.authenticate(h.secret() + "x"));
    assertEquals(Optional.empty(), organisations.authenticate("not-a-key"));
    organisations.revokeKey(admin, org, h.key().id());
    assertEquals(Optional.empty(), organisations.authenticate(h.secret()));
  }

  @Test
  void aKeysUseIsWrittenAtMostOnceAMinuteNotOnEveryRequest() {
    OrganisationId org = OrganisationId.of("ame-boden");
    IssuedKey admin = organisations.create(org, "AME Boden", Pseudonym.of("admin")).adminKey();
    for (int i = 0; i < 50; i++) {
      organisations.authenticate(admin.secret()).orElseThrow();
      clock.now = clock.now.plusSeconds(1);
    }
    assertEquals(1, keys.touches(), "50 requests within a minute write the use once");
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    organisations.authenticate(admin.secret()).orElseThrow();
    assertEquals(2, keys.touches());
  }

  @Test
  void anOrganisationIdIsTakenOnce() {
    OrganisationId org = OrganisationId.of("ame-boden");
    organisations.create(org, "AME Boden", Pseudonym.of("admin"));
    assertEquals(
        StoredModeException.Kind.CONFLICT,
        assertThrows(
                StoredModeException.class,
                () -> organisations.create(org, "Another", Pseudonym.of("admin")))
            .kind());
  }
}
