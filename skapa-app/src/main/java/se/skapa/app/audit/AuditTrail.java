package se.skapa.app.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.port.Storage;
import se.skapa.core.common.ValidationException;

/**
 * Reading the audit trail (admin). Nothing can change it: the port has no update, and the table
 * refuses one.
 */
public final class AuditTrail {

  /** The most lines one page holds; {@link Page#next()} reads on. */
  public static final int MAX_LINES = 10_000;

  /**
   * One page of the trail.
   *
   * @param lines at most {@link #MAX_LINES} lines, oldest first
   * @param next where the next page starts, if there is one
   */
  public record Page(List<AuditEntry> lines, Optional<Long> next) {
    /**
     * Copies the lines.
     *
     * @param lines the lines
     * @param next the next page's start
     */
    public Page {
      lines = List.copyOf(lines);
    }
  }

  private final Storage storage;
  private final Clock clock;
  private final ZoneId zone;

  /**
   * @param zone the zone whose calendar days {@code from} and {@code to} are (Europe/Stockholm for
   *     a Swedish kommun)
   * @param storage where the trail is kept; not null
   * @param clock "now", for the audit line of the read itself; not null
   */
  public AuditTrail(Storage storage, Clock clock, ZoneId zone) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Lines from the start of {@code from} to the end of {@code to}, oldest first. The read itself is
   * audited.
   *
   * @throws ValidationException rule {@code period} if from is after to
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param from the first calendar day, in the trail's zone; not null
   * @param to the last calendar day; not null
   * @param after where to read on ({@link Page#next()} of the page before); 0 for the start
   * @return at most {@link #MAX_LINES} lines, and where the next page starts
   */
  public Page read(Actor admin, OrganisationId org, LocalDate from, LocalDate to, long after) {
    return read(admin, org, from, to, after, AuditFilter.NONE);
  }

  /**
   * Lines as {@link #read(Actor, OrganisationId, LocalDate, LocalDate, long)} gives them, only
   * those the filter keeps. The read itself is audited.
   *
   * @throws ValidationException rule {@code period} if from is after to
   * @param admin an admin of the organisation; not null
   * @param org the organisation; not null
   * @param from the first calendar day, in the trail's zone; not null
   * @param to the last calendar day; not null
   * @param after where to read on; 0 for the start
   * @param filter which lines; not null
   * @return at most {@link #MAX_LINES} lines, and where the next page starts
   */
  public Page read(
      Actor admin,
      OrganisationId org,
      LocalDate from,
      LocalDate to,
      long after,
      AuditFilter filter) {
    admin.require(org, Role.ADMIN);
    if (from.isAfter(to)) {
      throw ValidationException.of("/from", "period", "from " + from + " is after to " + to);
    }
    return storage.transaction(
        tx -> {
          List<AuditLog.Sequenced> read =
              AuditLog.in(tx)
                  .audit(
                      org,
                      from.atStartOfDay(zone).toInstant(),
                      to.plusDays(1).atStartOfDay(zone).toInstant(),
                      after,
                      MAX_LINES + 1,
                      filter);
          List<AuditEntry> lines =
              read.stream().limit(MAX_LINES).map(AuditLog.Sequenced::entry).toList();
          Optional<Long> next =
              read.size() > MAX_LINES
                  ? Optional.of(read.get(MAX_LINES - 1).seq())
                  : Optional.empty();
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      org,
                      clock.instant(),
                      Optional.of(admin.key()),
                      admin.holder().value(),
                      "audit.read",
                      "audit",
                      Optional.empty(),
                      Optional.of(lines.size())));
          return new Page(lines, next);
        });
  }
}
