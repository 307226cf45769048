package se.skapa.app.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.access.Organisation;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.Service;

/** {@link OrganisationStore} in memory. */
public final class InMemoryOrganisations implements OrganisationStore, InMemoryStorage.Rows {

  private List<Organisation> organisations = new ArrayList<>();
  private List<Service> services = new ArrayList<>();
  private Map<OrganisationId, OrganisationSettings> settings = new HashMap<>();

  @Override
  public boolean insertOrganisation(Organisation o) {
    if (organisation(o.id()).isPresent()) {
      return false;
    }
    return organisations.add(o);
  }

  @Override
  public Optional<Organisation> organisation(OrganisationId id) {
    return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  @Override
  public List<Organisation> organisationsNamed(String name) {
    return organisations.stream().filter(o -> o.name().equalsIgnoreCase(name)).toList();
  }

  @Override
  public boolean insertService(Service s) {
    if (service(s.organisation(), s.id()).isPresent()) {
      return false;
    }
    return services.add(s);
  }

  @Override
  public Optional<Service> service(OrganisationId org, ServiceId id) {
    return services.stream()
        .filter(s -> s.organisation().equals(org) && s.id().equals(id))
        .findFirst();
  }

  @Override
  public List<Service> services(OrganisationId org) {
    return services.stream()
        .filter(s -> s.organisation().equals(org))
        .sorted(Comparator.comparing(s -> s.id().value()))
        .toList();
  }

  @Override
  public Optional<OrganisationSettings> settings(OrganisationId org) {
    return Optional.ofNullable(settings.get(org));
  }

  @Override
  public void replaceSettings(OrganisationId org, OrganisationSettings s) {
    settings.put(org, s);
  }

  @Override
  public Object save() {
    return List.of(List.copyOf(organisations), List.copyOf(services), Map.copyOf(settings));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object saved) {
    List<List<?>> s = (List<List<?>>) saved;
    organisations = new ArrayList<>((List<Organisation>) s.get(0));
    services = new ArrayList<>((List<Service>) s.get(1));
    settings = new HashMap<>((Map<OrganisationId, OrganisationSettings>) s.get(2));
  }
}
