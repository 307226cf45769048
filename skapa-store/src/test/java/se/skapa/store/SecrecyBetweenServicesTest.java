package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.Erasure;
import se.skapa.app.consent.Consent;
import se.skapa.app.consent.Consents;
import se.skapa.app.measurement.Caseloads;
import se.skapa.app.measurement.Measurements;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.ProgressionOptions;

/**
 * IFO, VUX and AME are separate secrecy areas (offentlighets- och sekretesslagen): a key limited to
 * VUX does not see an AME participant until the participant consents to the two sharing, and then
 * sees the AME series; withdrawn, it is gone again; erased, the consent goes with the person.
 */
class SecrecyBetweenServicesTest {

  static final ServiceId AME = ServiceId.of("ame");
  static final ServiceId VUX = ServiceId.of("vux");
  static final ServiceId IFO = ServiceId.of("ifo");
  static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  static Database db;
  static MutableClock clock;
  static Organisations organisations;
  static Measurements measurements;
  static Progression progression;
  static Caseloads caseloads;
  static Consents consents;
  static Erasure erasure;

  @BeforeAll
  static void start() {
    db = TestDatabase.fresh();
    clock = new MutableClock(DAY);
    JdbcStorage storage = new JdbcStorage(db.dataSource());
    organisations = new Organisations(storage, clock);
    measurements = new Measurements(storage, clock, StoredUseCasesTest.CATALOG);
    progression =
        new Progression(storage, clock, StoredUseCasesTest.CATALOG, ProgressionOptions.DEFAULT);
    caseloads = new Caseloads(storage, clock, ProgressionOptions.DEFAULT);
    consents = new Consents(storage, clock);
    erasure = new Erasure(storage, clock);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  /**
   * @param admin the admin
   * @param everywhere a handledare of every service (a key without a limit)
   * @param handledare a handledare limited to each service
   */
  record Kommun(
      OrganisationId id, Actor admin, Actor everywhere, Map<ServiceId, Actor> handledare) {}

  static Kommun kommun(String id) {
    OrganisationId org = OrganisationId.of(id);
    Actor admin =
        organisations.create(org, "Kommun " + id, Pseudonym.of("admin")).adminKey().key().actor();
    Map<ServiceId, Actor> h = new HashMap<>();
    for (ServiceId s : List.of(AME, VUX, IFO)) {
      organisations.createService(admin, org, s, s.value().toUpperCase(java.util.Locale.ROOT));
      h.put(
          s,
          organisations
              .issueKey(
                  admin,
                  org,
                  Pseudonym.of("h-" + s.value()),
                  Set.of(Role.HANDLEDARE),
                  Optional.of(Set.of(s)))
              .key()
              .actor());
    }
    Actor everywhere =
        organisations
            .issueKey(admin, org, Pseudonym.of("h-all"), Set.of(Role.HANDLEDARE))
            .key()
            .actor();
    return new Kommun(org, admin, everywhere, h);
  }

  static StoredMeasurement record(Kommun k, ServiceId s, String participant, LocalDate d, int v) {
    return measurements
        .record(
            k.handledare().get(s),
            k.id(),
            s,
            StoredUseCasesTest.measurement(participant, d, v),
            Optional.empty(),
            "-")
        .measurement();
  }

  static List<StoredMeasurement> series(Kommun k, Actor as, String participant) {
    return progression
        .participant(as, k.id(), Pseudonym.of(participant), "skapa", Optional.empty())
        .measurements();
  }

  @Test
  void vux_sees_an_ame_participant_only_with_consent_and_no_longer_once_withdrawn() {
    Kommun k = kommun("secrecy-" + System.nanoTime());
    Actor vux = k.handledare().get(VUX);
    StoredMeasurement first = record(k, AME, "p-1", DAY.minusMonths(3), 2);
    record(k, AME, "p-1", DAY.minusMonths(1), 4);

    StoredModeException hidden =
        assertThrows(StoredModeException.class, () -> series(k, vux, "p-1"));
    assertEquals(StoredModeException.Kind.NOT_FOUND, hidden.kind());
    assertEquals(
        StoredModeException.Kind.NOT_FOUND,
        assertThrows(
                StoredModeException.class,
                () -> measurements.get(vux, k.id(), first.provenance().id()))
            .kind(),
        "one measurement, by its id, is not there either");
    assertEquals(
        StoredModeException.Kind.FORBIDDEN,
        assertThrows(StoredModeException.class, () -> record(k, AME, "p-1", DAY, 5, vux)).kind(),
        "nor can VUX record in AME");
    assertTrue(
        caseloads.caseload(vux, k.id(), "skapa", Optional.empty(), Optional.empty()).isEmpty(),
        "and p-1 is on no VUX list");

    Consent c =
        consents.record(
            k.handledare().get(AME), k.id(), Pseudonym.of("p-1"), Set.of(AME, VUX), DAY);
    assertEquals(2, series(k, vux, "p-1").size(), "with consent, VUX sees the AME series");
    assertEquals(
        StoredModeException.Kind.NOT_FOUND,
        assertThrows(StoredModeException.class, () -> series(k, k.handledare().get(IFO), "p-1"))
            .kind(),
        "IFO is not named in the consent");
    assertEquals(
        2, series(k, k.everywhere(), "p-1").size(), "an actor of every service sees it all");

    clock.set(DAY.plusDays(1));
    consents.withdraw(vux, k.id(), c.id(), DAY.plusDays(1));
    assertThrows(StoredModeException.class, () -> series(k, vux, "p-1"));
    assertEquals(2, series(k, k.handledare().get(AME), "p-1").size(), "AME keeps its own");
    clock.set(DAY);
  }

  @Test
  void a_consent_is_erased_with_the_participant() {
    Kommun k = kommun("secrecy-erase-" + System.nanoTime());
    record(k, AME, "p-9", DAY.minusMonths(1), 3);
    consents.record(k.handledare().get(AME), k.id(), Pseudonym.of("p-9"), Set.of(AME, VUX), DAY);
    assertTrue(erasure.erase(k.admin(), k.id(), Pseudonym.of("p-9")) >= 3);
    assertEquals(
        List.of(),
        consents.ofParticipant(k.everywhere(), k.id(), Pseudonym.of("p-9")),
        "nothing of the consent is left");
  }

  /**
   * Isolation, as a property: random participants measured in random services, random consents;
   * whatever a limited handledare reads of anyone is filed in its own service or in one a consent
   * holding today joins with it, and nothing else.
   */
  @Test
  void no_limited_key_ever_reads_a_service_it_is_not_entitled_to() {
    for (long seed = 1; seed <= 5; seed++) {
      Random r = new Random(seed);
      Kommun k = kommun("secrecy-prop-" + seed + "-" + System.nanoTime());
      clock.set(DAY);
      List<ServiceId> all = List.of(AME, VUX, IFO);
      Map<String, Set<ServiceId>> shared = new HashMap<>();
      Map<String, List<ServiceId>> filed = new HashMap<>();
      List<String> people = new ArrayList<>();
      for (int p = 0; p < 12; p++) {
        String who = "p-" + p;
        people.add(who);
        for (ServiceId s : all) {
          if (r.nextInt(3) == 0) {
            record(
                k,
                s,
                who,
                DAY.minusDays(1 + all.indexOf(s) * 100L + r.nextInt(90)),
                1 + r.nextInt(10));
            filed.computeIfAbsent(who, x -> new ArrayList<>()).add(s);
          }
        }
        if (r.nextBoolean()) {
          Set<ServiceId> pair = new HashSet<>(all);
          pair.remove(all.get(r.nextInt(3)));
          consents.record(k.everywhere(), k.id(), Pseudonym.of(who), pair, DAY);
          shared.put(who, pair);
        }
      }
      for (ServiceId mine : all) {
        Actor h = k.handledare().get(mine);
        for (String who : people) {
          Set<ServiceId> entitled = new HashSet<>(Set.of(mine));
          if (shared.containsKey(who) && shared.get(who).contains(mine)) {
            entitled.addAll(shared.get(who));
          }
          List<StoredMeasurement> seen;
          try {
            seen = series(k, h, who);
          } catch (StoredModeException e) {
            seen = List.of();
          }
          long owed =
              filed.getOrDefault(who, List.of()).stream().filter(entitled::contains).count();
          assertEquals(
              owed, seen.size(), "seed " + seed + ": " + mine + " sees all it may of " + who);
          for (StoredMeasurement m : seen) {
            assertTrue(
                entitled.contains(m.service()),
                "seed " + seed + ": " + mine + " read " + who + "'s " + m.service());
          }
        }
      }
    }
  }

  static StoredMeasurement record(
      Kommun k, ServiceId s, String participant, LocalDate d, int v, Actor as) {
    return measurements
        .record(
            as, k.id(), s, StoredUseCasesTest.measurement(participant, d, v), Optional.empty(), "-")
        .measurement();
  }
}
