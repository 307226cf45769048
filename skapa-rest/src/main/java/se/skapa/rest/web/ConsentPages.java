package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.skapa.app.Actor;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Service;
import se.skapa.app.consent.Consent;
import se.skapa.app.consent.Consents;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;

/**
 * A participant's consent that services share what they hold about them (secrecy between services,
 * OSL), recorded and withdrawn from the participant's page: the same use case as {@code
 * …/participants/{p}/consents} in the API.
 */
public final class ConsentPages {

  private final Pages pages;
  private final Consents consents;
  private final Clock clock;

  ConsentPages(Pages pages, Consents consents, Clock clock) {
    this.pages = pages;
    this.consents = consents;
    this.clock = clock;
  }

  /**
   * The participant page's consent section.
   *
   * @param rows per consent: the services by name, given, withdrawn or "", its id (empty when
   *     withdrawn: nothing to withdraw)
   * @param services the services a consent may name
   */
  public record ConsentView(List<List<String>> rows, List<Views.Choice> services) {}

  /** The consents of a participant that name a service the handledare works in (audited). */
  ConsentView view(Actor me, Pseudonym participant, List<Service> services, Language lang) {
    List<List<String>> rows = new ArrayList<>();
    for (Consent c : consents.ofParticipant(me, me.organisation(), participant)) {
      rows.add(
          List.of(
              String.join(
                  ", ", c.services().stream().map(s -> serviceName(services, s)).sorted().toList()),
              c.given().toString(),
              c.withdrawn().map(LocalDate::toString).orElse(""),
              c.withdrawn().isPresent() ? "" : c.id().toString()));
    }
    return new ConsentView(
        rows,
        services.stream().map(s -> new Views.Choice(s.id().value(), s.name(), false)).toList());
  }

  /** Records a consent given by the participant. */
  public void record(Context ctx) {
    Actor me = session(ctx).account().actor();
    Pseudonym participant = pathKey(ctx, "participant");
    pages.change(
        ctx,
        () -> {
          Set<ServiceId> ticked = new LinkedHashSet<>();
          for (String id : ctx.formParams("services")) {
            ticked.add(field("/services", () -> ServiceId.of(id)));
          }
          consents.record(
              me,
              me.organisation(),
              participant,
              ticked,
              field("/given", () -> parseDate(form(ctx, "given"))));
          return back(participant);
        });
  }

  /** Withdraws a consent from today. */
  public void withdraw(Context ctx) {
    Actor me = session(ctx).account().actor();
    Pseudonym participant = pathKey(ctx, "participant");
    pages.change(
        ctx,
        () -> {
          UUID id;
          try {
            id = UUID.fromString(form(ctx, "consent"));
          } catch (IllegalArgumentException e) {
            throw StoredModeException.notFound("no consent");
          }
          consents.withdraw(me, me.organisation(), id, LocalDate.now(clock));
          return back(participant);
        });
  }

  private static String back(Pseudonym participant) {
    return "/app/participants/" + ParticipantPages.pathSegment(participant.value()) + "#consent";
  }
}
