package se.skapa.app.survey;

import java.time.Clock;
import java.util.Objects;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.port.Tx;
import se.skapa.core.survey.SurveyTargets;

/**
 * The survey's targets an organisation is held against: its own, set by an admin, or a default
 * until it sets them (Södra Norrbotten's 2026 targets on a server as shipped).
 */
public final class SurveyTargetSettings {

  private final Storage storage;
  private final Clock clock;
  private final SurveyTargets defaults;

  /**
   * @param storage where the organisation's own targets are kept; not null
   * @param clock "now" for the audit; not null
   * @param defaults the targets of an organisation that has set none; not null
   */
  public SurveyTargetSettings(Storage storage, Clock clock, SurveyTargets defaults) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  /**
   * The targets with whose they are.
   *
   * @param targets the targets
   * @param own true when the organisation set them, false for the default
   */
  public record Targets(SurveyTargets targets, boolean own) {}

  /**
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @return its own targets, or the default when it has set none
   */
  public Targets targets(Actor actor, OrganisationId org) {
    actor.require(org, Role.values());
    return storage.transaction(tx -> current(tx, org, defaults));
  }

  /**
   * Sets the organisation's own survey targets, replacing any it had.
   *
   * @param actor an admin of the organisation; not null
   * @param org the organisation; not null
   * @param own the targets; not null
   * @return the targets now held against
   */
  public Targets setTargets(Actor actor, OrganisationId org, SurveyTargets own) {
    actor.require(org, Role.ADMIN);
    Objects.requireNonNull(own, "own");
    return storage.transaction(
        tx -> {
          SurveyStore.in(tx).replaceSurveyTargets(org, own);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.counted(
                      actor, clock.instant(), "survey.targets.set", "surveys/targets", 3));
          return new Targets(own, true);
        });
  }

  /** The targets in force within a transaction: the organisation's own, else the defaults. */
  static Targets current(Tx tx, OrganisationId org, SurveyTargets defaults) {
    return SurveyStore.in(tx)
        .surveyTargets(org)
        .map(t -> new Targets(t, true))
        .orElseGet(() -> new Targets(defaults, false));
  }
}
