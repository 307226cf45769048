package se.skapa.rest.consent;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.consent.Consent;
import se.skapa.app.consent.Consents;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.Violations;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/** A participant's consent to share between services: recorded, listed, withdrawn. */
public final class ConsentRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final Consents consents;
  private final RequestBodies bodies;

  public ConsentRoutes(Consents consents, RequestBodies bodies) {
    this.consents = consents;
    this.bodies = bodies;
  }

  /** What a consent is recorded with. */
  public record NewConsent(@Nullable List<String> services, @Nullable LocalDate given) {}

  /** When a consent no longer holds. */
  public record Withdrawal(@Nullable LocalDate withdrawn) {}

  /** A consent as answered. */
  public record ConsentView(
      String id,
      String participant,
      List<String> services,
      LocalDate given,
      @Nullable LocalDate withdrawn,
      String recordedBy) {
    static ConsentView of(Consent c) {
      return new ConsentView(
          c.id().toString(),
          c.participant().value(),
          c.services().stream().map(ServiceId::value).sorted().toList(),
          c.given(),
          c.withdrawn().orElse(null),
          c.recordedBy().value());
    }
  }

  /** A participant's consents. */
  public record ConsentList(String participant, List<ConsentView> consents) {}

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post(ORG + "/participants/{participant}/consents", Access.MEMBER, this::record);
    r.get(ORG + "/participants/{participant}/consents", Access.MEMBER, this::list);
    r.post(ORG + "/consents/{id}/withdrawal", Access.MEMBER, this::withdraw);
  }

  private void record(Context ctx) {
    Pseudonym participant = participant(ctx);
    NewConsent b = bodies.read(ctx, NewConsent.class);
    Violations v = new Violations();
    Set<ServiceId> services = new HashSet<>();
    List<String> ids = b.services() == null ? List.of() : b.services();
    v.check(b.services() != null, "/services", "required", "services is required");
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      ServiceId s = v.attempt("/services/" + i, () -> ServiceId.of(id));
      if (s != null) {
        services.add(s);
      }
    }
    v.check(b.given() != null, "/given", "required", "given is required");
    v.throwIfAny();
    LocalDate given = Violations.built(b.given());
    Consent c = consents.record(actor(ctx), org(ctx), participant, services, given);
    ctx.header("Location", BASE + org(ctx) + "/participants/" + participant + "/consents");
    created(bodies, ctx, ConsentView.of(c));
  }

  private void list(Context ctx) {
    Pseudonym participant = participant(ctx);
    bodies.json(
        ctx,
        new ConsentList(
            participant.value(),
            consents.ofParticipant(actor(ctx), org(ctx), participant).stream()
                .map(ConsentView::of)
                .toList()));
  }

  private void withdraw(Context ctx) {
    Withdrawal b = bodies.read(ctx, Withdrawal.class);
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw StoredModeException.notFound("no consent " + ctx.pathParam("id"));
    }
    Violations v = new Violations();
    v.check(b.withdrawn() != null, "/withdrawn", "required", "withdrawn is required");
    v.throwIfAny();
    bodies.json(
        ctx,
        ConsentView.of(
            consents.withdraw(actor(ctx), org(ctx), id, Violations.built(b.withdrawn()))));
  }
}
