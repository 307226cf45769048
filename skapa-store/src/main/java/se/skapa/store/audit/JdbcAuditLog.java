package se.skapa.store.audit;

import static se.skapa.store.sql.Sql.at;
import static se.skapa.store.sql.Sql.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditFilter;
import se.skapa.app.audit.AuditLog;
import se.skapa.core.common.Pseudonym;
import se.skapa.store.sql.Sql;

/** {@link AuditLog} on the append-only table {@code audit_trail}. */
public final class JdbcAuditLog implements AuditLog {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcAuditLog(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void audit(AuditEntry e) {
    sql.update(
        "INSERT INTO audit_trail (org_id, at, key_id, holder, action, resource, participant, row_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        e.organisation().value(),
        ts(e.at()),
        e.key().map(KeyId::value).orElse(null),
        e.holder(),
        e.action(),
        e.resource(),
        e.participant().map(Pseudonym::value).orElse(null),
        e.rows().orElse(null));
  }

  @Override
  public List<Sequenced> audit(
      OrganisationId org, Instant from, Instant to, long after, int limit) {
    return audit(org, from, to, after, limit, AuditFilter.NONE);
  }

  @Override
  public List<Sequenced> audit(
      OrganisationId org, Instant from, Instant to, long after, int limit, AuditFilter filter) {
    String holder = filter.holder().orElse(null);
    String action = filter.action().orElse(null);
    String participant = filter.participant().map(Pseudonym::value).orElse(null);
    String hide = filter.hideReadsBy().orElse(null);
    return sql.list(
        "SELECT seq, org_id, at, key_id, holder, action, resource, participant, row_count"
            + " FROM audit_trail WHERE org_id = ? AND at >= ? AND at < ? AND seq > ?"
            + " AND (CAST(? AS text) IS NULL OR holder = ?)"
            + " AND (CAST(? AS text) IS NULL OR action = ?)"
            + " AND (CAST(? AS text) IS NULL OR participant = ?)"
            + " AND (CAST(? AS text) IS NULL OR NOT (holder = ? AND action LIKE '%.read'))"
            + " ORDER BY seq LIMIT ?",
        rs ->
            new Sequenced(
                rs.getLong("seq"),
                new AuditEntry(
                    OrganisationId.of(rs.getString("org_id")),
                    at(rs, "at"),
                    Optional.ofNullable(rs.getObject("key_id", UUID.class)).map(KeyId::new),
                    rs.getString("holder"),
                    rs.getString("action"),
                    rs.getString("resource"),
                    Optional.ofNullable(rs.getString("participant")).map(Pseudonym::of),
                    Optional.ofNullable((Integer) rs.getObject("row_count")))),
        org.value(),
        ts(from),
        ts(to),
        after,
        holder,
        holder,
        action,
        action,
        participant,
        participant,
        hide,
        hide,
        limit);
  }
}
