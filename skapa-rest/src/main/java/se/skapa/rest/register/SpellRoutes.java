package se.skapa.rest.register;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.util.Optional;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.register.EnrolmentId;
import se.skapa.app.register.Spell;
import se.skapa.app.register.SpellId;
import se.skapa.app.register.Spells;
import se.skapa.app.register.StoredSpell;
import se.skapa.core.common.Pseudonym;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/**
 * Jobs and studies under an enrolment, interventions of a participant: recorded, read, corrected
 * with If-Match, their history.
 */
public final class SpellRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final Spells spells;
  private final RequestBodies bodies;

  public SpellRoutes(Spells spells, RequestBodies bodies) {
    this.spells = spells;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post(ORG + "/enrolments/{id}/jobs", Access.MEMBER, ctx -> recordUnder(ctx, "jobs"));
    r.post(ORG + "/enrolments/{id}/studies", Access.MEMBER, ctx -> recordUnder(ctx, "studies"));
    r.post(ORG + "/participants/{participant}/interventions", Access.MEMBER, this::intervention);
    r.get(ORG + "/participants/{participant}/register", Access.MEMBER, this::ofParticipant);
    for (String c : new String[] {"jobs", "studies", "interventions"}) {
      r.get(ORG + "/" + c + "/{id}", Access.MEMBER, ctx -> get(ctx, c));
      r.put(ORG + "/" + c + "/{id}", Access.MEMBER, ctx -> correct(ctx, c));
      r.get(ORG + "/" + c + "/{id}/history", Access.MEMBER, ctx -> history(ctx, c));
    }
  }

  private void recordUnder(Context ctx, String collection) {
    EnrolmentId enrolment = EnrolmentId.parse(ctx.pathParam("id"));
    Spell spell = body(ctx, collection);
    StoredSpell s = spells.recordUnder(actor(ctx), org(ctx), enrolment, spell);
    answerCreated(ctx, s);
  }

  private void intervention(Context ctx) {
    Pseudonym participant = participant(ctx);
    RegisterRequests.InterventionBody b = bodies.read(ctx, RegisterRequests.InterventionBody.class);
    StoredSpell s =
        spells.recordIntervention(
            actor(ctx), org(ctx), participant, serviceOf(b.service()), b.spell());
    answerCreated(ctx, s);
  }

  private void ofParticipant(Context ctx) {
    Pseudonym participant = participant(ctx);
    bodies.json(
        ctx,
        new RegisterResponses.Spells(
            participant.value(),
            spells.ofParticipant(actor(ctx), org(ctx), participant).stream()
                .map(RegisterResponses.SpellView::of)
                .toList()));
  }

  private void get(Context ctx, String collection) {
    StoredSpell s =
        spells.get(actor(ctx), org(ctx), SpellId.parse(ctx.pathParam("id")), collection);
    ctx.header("ETag", etag(s.version()));
    bodies.json(ctx, RegisterResponses.SpellView.of(s));
  }

  private void correct(Context ctx, String collection) {
    SpellId id = SpellId.parse(ctx.pathParam("id"));
    Optional<ServiceId> service = Optional.empty();
    Spell next;
    if (collection.equals("interventions")) {
      RegisterRequests.InterventionBody b =
          bodies.read(ctx, RegisterRequests.InterventionBody.class);
      service = Optional.of(serviceOf(b.service()));
      next = b.spell();
    } else {
      next = body(ctx, collection);
    }
    String ifMatch = ctx.header("If-Match");
    if (ifMatch == null || ifMatch.isBlank()) {
      throw StoredModeException.preconditionRequired(
          "send If-Match with the ETag of the version you correct, e.g. If-Match: \"1\": "
              + "without it two handledare could overwrite each other");
    }
    StoredSpell s =
        spells.correct(actor(ctx), org(ctx), id, version(ifMatch), collection, next, service);
    ctx.header("ETag", etag(s.version()));
    bodies.json(ctx, RegisterResponses.SpellView.of(s));
  }

  private void history(Context ctx, String collection) {
    SpellId id = SpellId.parse(ctx.pathParam("id"));
    bodies.json(
        ctx,
        new RegisterResponses.History(
            id.toString(),
            spells.history(actor(ctx), org(ctx), id, collection).stream()
                .map(RegisterResponses.SpellView::of)
                .toList()));
  }

  private Spell body(Context ctx, String collection) {
    return collection.equals("jobs")
        ? bodies.read(ctx, RegisterRequests.JobBody.class).spell()
        : bodies.read(ctx, RegisterRequests.StudyBody.class).spell();
  }

  private void answerCreated(Context ctx, StoredSpell s) {
    ctx.header("Location", BASE + org(ctx) + "/" + s.resource());
    ctx.header("ETag", etag(s.version()));
    created(bodies, ctx, RegisterResponses.SpellView.of(s));
  }

  private static ServiceId serviceOf(String service) {
    try {
      return ServiceId.of(service);
    } catch (se.skapa.core.common.ValidationException e) {
      throw e.under("/service");
    }
  }
}
