package se.skapa.app.access;

import java.time.Clock;
import java.util.Objects;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.SmallNumbers;

/**
 * An organisation's own settings ({@link OrganisationSettings}): read by its members, set by its
 * admin. The small-numbers threshold may be raised above the server's and never set below it.
 */
public final class Settings {

  private final Storage storage;
  private final Clock clock;
  private final int smallNumbersFloor;

  /**
   * @param storage where they are kept; not null
   * @param clock "now" for the audit; not null
   * @param smallNumbersFloor the server's small-numbers threshold, which no organisation goes below
   */
  public Settings(Storage storage, Clock clock, int smallNumbersFloor) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.smallNumbersFloor = smallNumbersFloor;
  }

  /**
   * The settings with the threshold they come to.
   *
   * @param settings as chosen, or the defaults
   * @param smallNumbers the small-numbers threshold in force
   * @param smallNumbersFloor the server's, the least an organisation may choose
   */
  public record InForce(OrganisationSettings settings, int smallNumbers, int smallNumbersFloor) {}

  /**
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @return its settings in force
   */
  public InForce settings(Actor actor, OrganisationId org) {
    actor.require(org, Role.values());
    return storage.transaction(tx -> inForce(OrganisationSettings.in(tx, org)));
  }

  /**
   * Sets the organisation's settings, replacing what it had.
   *
   * @param actor an admin of the organisation; not null
   * @param org the organisation; not null
   * @param settings the settings; not null
   * @return the settings now in force
   * @throws ValidationException rule {@code range} at {@code /smallNumbers} below the server's
   *     threshold
   */
  public InForce change(Actor actor, OrganisationId org, OrganisationSettings settings) {
    actor.require(org, Role.ADMIN);
    Objects.requireNonNull(settings, "settings");
    settings
        .smallNumbers()
        .filter(t -> t < smallNumbersFloor)
        .ifPresent(
            t -> {
              throw ValidationException.of(
                  "/smallNumbers",
                  "range",
                  "must be at least "
                      + smallNumbersFloor
                      + " and at most "
                      + SmallNumbers.HIGHEST_THRESHOLD
                      + ", got "
                      + t);
            });
    return storage.transaction(
        tx -> {
          OrganisationStore.in(tx).replaceSettings(org, settings);
          AuditLog.in(tx)
              .audit(AuditEntry.counted(actor, clock.instant(), "settings.changed", "settings", 1));
          return inForce(settings);
        });
  }

  private InForce inForce(OrganisationSettings s) {
    return new InForce(s, s.smallNumbers(smallNumbersFloor), smallNumbersFloor);
  }
}
