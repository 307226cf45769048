package se.skapa.store.consent;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.OrganisationId;
import se.skapa.app.consent.Consent;
import se.skapa.app.consent.ConsentStore;
import se.skapa.core.common.Pseudonym;
import se.skapa.store.sql.Sql;

/** {@link ConsentStore} on the table {@code consents}. */
public final class JdbcConsents implements ConsentStore {

  private static final String COLUMNS =
      "org_id, id, participant, services, given, withdrawn, recorded_by, recorded_at";

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcConsents(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insert(Consent c) {
    sql.update(
        "INSERT INTO consents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        c.organisation().value(),
        c.id(),
        c.participant().value(),
        Sql.services(sql, Optional.of(c.services())),
        Date.valueOf(c.given()),
        c.withdrawn().map(Date::valueOf).orElse(null),
        c.recordedBy().value(),
        ts(c.recordedAt()));
  }

  @Override
  public List<Consent> ofParticipant(OrganisationId org, Pseudonym participant) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM consents WHERE org_id = ? AND participant = ? ORDER BY given, id",
        JdbcConsents::consent,
        org.value(),
        participant.value());
  }

  @Override
  public Optional<Consent> get(OrganisationId org, UUID id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM consents WHERE org_id = ? AND id = ?",
        JdbcConsents::consent,
        org.value(),
        id);
  }

  @Override
  public void withdraw(OrganisationId org, UUID id, LocalDate day) {
    sql.update(
        "UPDATE consents SET withdrawn = ? WHERE org_id = ? AND id = ?",
        Date.valueOf(day),
        org.value(),
        id);
  }

  private static Consent consent(ResultSet rs) throws SQLException {
    Date withdrawn = rs.getDate("withdrawn");
    return new Consent(
        rs.getObject("id", UUID.class),
        OrganisationId.of(rs.getString("org_id")),
        Pseudonym.of(rs.getString("participant")),
        Sql.services(rs.getArray("services")).orElseThrow(),
        rs.getDate("given").toLocalDate(),
        Optional.ofNullable(withdrawn).map(Date::toLocalDate),
        Pseudonym.of(rs.getString("recorded_by")),
        at(rs, "recorded_at"));
  }
}
