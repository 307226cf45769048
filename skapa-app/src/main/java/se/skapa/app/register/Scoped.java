package se.skapa.app.register;

import java.time.LocalDate;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.consent.ParticipantScope;
import se.skapa.app.port.Tx;

/** The register as one actor may see it: an enrolment of a service it does not see is not there. */
final class Scoped {

  private Scoped() {}

  static Optional<StoredEnrolment> enrolment(
      Tx tx, Actor actor, OrganisationId org, EnrolmentId id, LocalDate day) {
    return RegisterStore.in(tx)
        .enrolment(org, id)
        .filter(e -> visible(tx, actor, org, e.enrolment().key(), e.service(), day));
  }

  static boolean visible(Tx tx, Actor actor, OrganisationId org, StoredSpell s, LocalDate day) {
    return visible(tx, actor, org, s.participant(), s.service(), day);
  }

  private static boolean visible(
      Tx tx,
      Actor actor,
      OrganisationId org,
      se.skapa.core.common.Pseudonym participant,
      se.skapa.app.ServiceId service,
      LocalDate day) {
    return ParticipantScope.visible(tx, actor, org, participant, day).test(service);
  }
}
