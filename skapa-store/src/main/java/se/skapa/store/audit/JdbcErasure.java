package se.skapa.store.audit;

import static se.skapa.store.sql.Sql.ts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.skapa.app.OrganisationId;
import se.skapa.app.audit.ErasureStore;
import se.skapa.app.audit.ParticipantRef;
import se.skapa.core.common.Pseudonym;
import se.skapa.store.sql.Sql;

/** {@link ErasureStore}: one participant's rows in every capability's tables. */
public final class JdbcErasure implements ErasureStore {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcErasure(Sql sql) {
    this.sql = sql;
  }

  @Override
  public int eraseParticipant(OrganisationId org, Pseudonym participant) {
    String o = org.value();
    String p = participant.value();
    int versions =
        sql.update("DELETE FROM measurement_versions WHERE org_id = ? AND participant = ?", o, p);
    // Versions of a measurement whose participant was corrected away would be missed above: go by
    // id too.
    versions +=
        sql.update(
            "DELETE FROM measurement_versions v USING measurements m WHERE m.org_id = ? AND m.participant = ? "
                + "AND v.org_id = m.org_id AND v.id = m.id",
            o,
            p);
    int current = sql.update("DELETE FROM measurements WHERE org_id = ? AND participant = ?", o, p);
    int claims =
        sql.update("DELETE FROM idempotency_keys WHERE org_id = ? AND participant = ?", o, p);
    // Support and follow-ups after closing go with their enrolments (ON DELETE CASCADE).
    int spells =
        sql.update("DELETE FROM spell_versions WHERE org_id = ? AND participant = ?", o, p)
            + sql.update("DELETE FROM spells WHERE org_id = ? AND participant = ?", o, p);
    int enrolmentVersions =
        sql.update("DELETE FROM enrolment_versions WHERE org_id = ? AND participant = ?", o, p);
    int enrolments =
        sql.update("DELETE FROM enrolments WHERE org_id = ? AND participant = ?", o, p);
    int consents = sql.update("DELETE FROM consents WHERE org_id = ? AND participant = ?", o, p);
    // The server's role may not update the audit trail; this owner's function clears the key once
    // the rows above are gone, and only then.
    sql.one("SELECT skapa_forget_audit_participant(?, ?)", rs -> rs.getInt(1), o, p);
    return versions + current + claims + spells + enrolmentVersions + enrolments + consents;
  }

  @Override
  public List<ParticipantRef> participantsInactiveSince(LocalDate cutoff) {
    return sql.list(
        "WITH activity AS ("
            + "SELECT org_id, participant, measured_on AS day, false AS open FROM measurements "
            + "UNION ALL SELECT org_id, participant, GREATEST(admitted, closed, first_contact), "
            + "closed IS NULL FROM enrolments "
            + "UNION ALL SELECT org_id, participant, COALESCE(ended, started), false FROM spells) "
            + "SELECT org_id, participant FROM activity GROUP BY org_id, participant "
            + "HAVING max(day) < ? AND NOT bool_or(open) ORDER BY org_id, participant",
        rs ->
            new ParticipantRef(
                OrganisationId.of(rs.getString("org_id")),
                Pseudonym.of(rs.getString("participant"))),
        cutoff);
  }

  @Override
  public int forgetIdempotencyClaims(Instant before) {
    return sql.update("DELETE FROM idempotency_keys WHERE created_at < ?", ts(before));
  }
}
