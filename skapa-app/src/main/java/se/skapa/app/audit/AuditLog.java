package se.skapa.app.audit;

import java.time.Instant;
import java.util.List;
import se.skapa.app.OrganisationId;
import se.skapa.app.port.Tx;

/**
 * The append-only audit trail. A port of stored mode: its implementation takes part in the
 * transaction of the {@link Tx} it is asked from, and every query names its organisation.
 */
public interface AuditLog {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static AuditLog in(Tx tx) {
    return tx.port(AuditLog.class);
  }

  /**
   * Appends a line to the audit trail; lines are never changed (erasure only removes the
   * participant's key from them).
   *
   * @param entry the line; not null
   */
  void audit(AuditEntry entry);

  /**
   * Audit lines of one organisation with {@code from <= at < to}, oldest first, at most {@code
   * limit}.
   *
   * @param organisation the organisation; not null
   * @param from the first instant included; not null
   * @param to the first instant excluded; not null
   * @param limit the most lines returned
   * @return the lines
   */
  List<AuditEntry> audit(OrganisationId organisation, Instant from, Instant to, int limit);
}
