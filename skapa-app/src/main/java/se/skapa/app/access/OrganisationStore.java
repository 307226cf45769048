package se.skapa.app.access;

import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;

/**
 * Organisations and their services. A port of stored mode: its implementation takes part in the
 * transaction of the {@link Tx} it is asked from, and every query names its organisation.
 */
public interface OrganisationStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static OrganisationStore in(Tx tx) {
    return tx.port(OrganisationStore.class);
  }

  /**
   * @return false if the id is taken
   * @param organisation the organisation; not null
   */
  boolean insertOrganisation(Organisation organisation);

  /**
   * @param id an organisation's id; not null
   * @return the organisation; empty if there is none
   */
  Optional<Organisation> organisation(OrganisationId id);

  /**
   * @param name an organisation's name as a person types it; not null
   * @return every organisation of that name, in any case
   */
  List<Organisation> organisationsNamed(String name);

  /**
   * @return false if the id is taken in the organisation
   * @param service the service; not null
   */
  boolean insertService(Service service);

  /**
   * @param organisation the organisation; not null
   * @param id a service's id; not null
   * @return the service; empty if the organisation has none by that id
   */
  Optional<Service> service(OrganisationId organisation, ServiceId id);

  /**
   * @param organisation the organisation; not null
   * @return the organisation's services
   */
  List<Service> services(OrganisationId organisation);

  /**
   * @param organisation the organisation; not null
   * @return the settings it has chosen; empty if it has chosen none
   */
  Optional<OrganisationSettings> settings(OrganisationId organisation);

  /**
   * Sets the organisation's settings, replacing any it had.
   *
   * @param organisation the organisation; not null
   * @param settings the settings; not null
   */
  void replaceSettings(OrganisationId organisation, OrganisationSettings settings);
}
