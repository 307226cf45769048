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
   * A line with its place in the trail, so that a long trail can be read page by page.
   *
   * @param seq its place: increasing, never reused
   * @param entry the line
   */
  record Sequenced(long seq, AuditEntry entry) {}

  /**
   * Audit lines of one organisation with {@code from <= at < to} after the line {@code after},
   * oldest first, at most {@code limit}.
   *
   * @param organisation the organisation; not null
   * @param from the first instant included; not null
   * @param to the first instant excluded; not null
   * @param after the place of the last line already read; 0 for the start
   * @param limit the most lines returned
   * @return the lines
   */
  List<Sequenced> audit(
      OrganisationId organisation, Instant from, Instant to, long after, int limit);

  /**
   * Audit lines as {@link #audit(OrganisationId, Instant, Instant, long, int)} gives them, only
   * those the filter keeps: the filter is applied before the limit, so that a page is full.
   *
   * @param organisation the organisation; not null
   * @param from the first instant included; not null
   * @param to the first instant excluded; not null
   * @param after the place of the last line already read; 0 for the start
   * @param limit the most lines returned
   * @param filter which lines; not null
   * @return the lines
   */
  List<Sequenced> audit(
      OrganisationId organisation,
      Instant from,
      Instant to,
      long after,
      int limit,
      AuditFilter filter);
}
