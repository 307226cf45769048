package se.skapa.app.register;

import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;

/**
 * Jobs, studies and interventions, every version kept. A port of stored mode, taking part in the
 * transaction of the {@link Tx} it is asked from; every query names its organisation.
 */
public interface SpellStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static SpellStore in(Tx tx) {
    return tx.port(SpellStore.class);
  }

  /**
   * @param spell version 1; not null
   */
  void insertSpell(StoredSpell spell);

  /**
   * Stores a new version if the stored one is still the one before it.
   *
   * @param next the next version; not null
   * @return false if another version came first
   */
  boolean updateSpell(StoredSpell next);

  /**
   * @param organisation the organisation; not null
   * @param id the id; not null
   * @return the current version
   */
  Optional<StoredSpell> spell(OrganisationId organisation, SpellId id);

  /**
   * @param organisation the organisation; not null
   * @param id the id; not null
   * @return every version, oldest first
   */
  List<StoredSpell> spellHistory(OrganisationId organisation, SpellId id);

  /**
   * @param organisation the organisation; not null
   * @param participant the participant; not null
   * @return the participant's current spells of every kind, oldest start first
   */
  List<StoredSpell> participantSpells(OrganisationId organisation, Pseudonym participant);

  /**
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param collection {@code jobs}, {@code studies} or {@code interventions}; not null
   * @return the current spells of that kind at the service
   */
  List<StoredSpell> serviceSpells(
      OrganisationId organisation, ServiceId service, String collection);
}
