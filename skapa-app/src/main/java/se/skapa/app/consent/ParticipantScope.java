package se.skapa.app.consent;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;

/**
 * Which services' data about one participant an actor sees. An actor of every service sees it all.
 * An actor limited to some services sees what was filed in them, and what was filed in services
 * that a consent holding on the day joins with one of them: a handledare of VUX sees nothing of an
 * AME participant until the participant consents to VUX and AME sharing, and then sees the AME
 * series too. Aggregates for analysts are not one person's data and are not narrowed by this.
 */
public final class ParticipantScope {

  private ParticipantScope() {}

  /**
   * @param tx the running transaction; not null
   * @param actor who reads; not null
   * @param org the organisation; not null
   * @param participant the participant; not null
   * @param day the day consents are judged on; not null
   * @return the services whose data about the participant the actor sees
   */
  public static Predicate<ServiceId> visible(
      Tx tx, Actor actor, OrganisationId org, Pseudonym participant, LocalDate day) {
    if (actor.services().isEmpty()) {
      return s -> true;
    }
    Set<ServiceId> seen = new HashSet<>(actor.services().get());
    for (Consent c : ConsentStore.in(tx).ofParticipant(org, participant)) {
      if (c.holdsOn(day) && c.services().stream().anyMatch(actor::serves)) {
        seen.addAll(c.services());
      }
    }
    return seen::contains;
  }
}
