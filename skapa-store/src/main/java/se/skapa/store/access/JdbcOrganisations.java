package se.skapa.store.access;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.access.Organisation;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.Service;
import se.skapa.store.sql.Sql;

/** {@link OrganisationStore} on the tables {@code organisations} and {@code services}. */
public final class JdbcOrganisations implements OrganisationStore {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcOrganisations(Sql sql) {
    this.sql = sql;
  }

  @Override
  public boolean insertOrganisation(Organisation o) {
    return sql.update(
            "INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            o.id().value(),
            o.name(),
            ts(o.created()))
        == 1;
  }

  @Override
  public Optional<Organisation> organisation(OrganisationId id) {
    return sql.one(
        "SELECT id, name, created_at FROM organisations WHERE id = ?",
        rs ->
            new Organisation(
                OrganisationId.of(rs.getString("id")), rs.getString("name"), at(rs, "created_at")),
        id.value());
  }

  @Override
  public List<Organisation> organisationsNamed(String name) {
    return sql.list(
        "SELECT id, name, created_at FROM organisations WHERE lower(name) = lower(?) ORDER BY id",
        rs ->
            new Organisation(
                OrganisationId.of(rs.getString("id")), rs.getString("name"), at(rs, "created_at")),
        name);
  }

  @Override
  public boolean insertService(Service s) {
    return sql.update(
            "INSERT INTO services (org_id, id, name, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            s.organisation().value(),
            s.id().value(),
            s.name(),
            ts(s.created()))
        == 1;
  }

  @Override
  public Optional<Service> service(OrganisationId org, ServiceId id) {
    return sql.one(
        "SELECT org_id, id, name, created_at FROM services WHERE org_id = ? AND id = ?",
        JdbcOrganisations::service,
        org.value(),
        id.value());
  }

  @Override
  public List<Service> services(OrganisationId org) {
    return sql.list(
        "SELECT org_id, id, name, created_at FROM services WHERE org_id = ? ORDER BY id",
        JdbcOrganisations::service,
        org.value());
  }

  private static Service service(ResultSet rs) throws SQLException {
    return new Service(
        OrganisationId.of(rs.getString("org_id")),
        ServiceId.of(rs.getString("id")),
        rs.getString("name"),
        at(rs, "created_at"));
  }

  @Override
  public Optional<OrganisationSettings> settings(OrganisationId org) {
    return sql.one(
        "SELECT accessibility_contact, measurement_interval_months, after_closing_months,"
            + " small_numbers FROM organisation_settings WHERE org_id = ?",
        rs ->
            new OrganisationSettings(
                Optional.ofNullable(rs.getString("accessibility_contact")),
                rs.getInt("measurement_interval_months"),
                Arrays.stream(Sql.elements(rs, "after_closing_months"))
                    .map(m -> ((Number) m).intValue())
                    .toList(),
                Optional.ofNullable(rs.getObject("small_numbers", Integer.class))),
        org.value());
  }

  @Override
  public void replaceSettings(OrganisationId org, OrganisationSettings s) {
    sql.update(
        "INSERT INTO organisation_settings (org_id, accessibility_contact,"
            + " measurement_interval_months, after_closing_months, small_numbers)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (org_id) DO UPDATE SET"
            + " accessibility_contact = EXCLUDED.accessibility_contact,"
            + " measurement_interval_months = EXCLUDED.measurement_interval_months,"
            + " after_closing_months = EXCLUDED.after_closing_months,"
            + " small_numbers = EXCLUDED.small_numbers",
        org.value(),
        s.accessibilityContact().orElse(null),
        s.measurementIntervalMonths(),
        sql.array("integer", s.afterClosingMonths().toArray()),
        s.smallNumbers().orElse(null));
  }
}
