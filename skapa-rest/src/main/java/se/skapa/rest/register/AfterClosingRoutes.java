package se.skapa.rest.register;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import se.skapa.app.ServiceId;
import se.skapa.app.register.AfterClosings;
import se.skapa.app.register.EnrolmentId;
import se.skapa.app.register.SupportStore;
import se.skapa.core.common.Violations;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/** Follow-ups after closing: recorded per enrolment, and the list of who is due. */
public final class AfterClosingRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final AfterClosings afterClosings;
  private final RequestBodies bodies;
  private final Clock clock;

  public AfterClosingRoutes(AfterClosings afterClosings, RequestBodies bodies, Clock clock) {
    this.afterClosings = afterClosings;
    this.bodies = bodies;
    this.clock = clock;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post(ORG + "/enrolments/{id}/after-closing", Access.MEMBER, this::record);
    r.get(ORG + "/enrolments/{id}/after-closing", Access.MEMBER, this::list);
  }

  private void record(Context ctx) {
    EnrolmentId id = EnrolmentId.parse(ctx.pathParam("id"));
    RegisterRequests.AfterClosingBody b = bodies.read(ctx, RegisterRequests.AfterClosingBody.class);
    SupportStore.Recorded r = afterClosings.record(actor(ctx), org(ctx), id, b.followUp());
    ctx.header("Location", BASE + org(ctx) + "/enrolments/" + id + "/after-closing");
    created(bodies, ctx, RegisterResponses.AfterClosingView.of(r));
  }

  private void list(Context ctx) {
    EnrolmentId id = EnrolmentId.parse(ctx.pathParam("id"));
    bodies.json(
        ctx,
        new RegisterResponses.AfterClosingList(
            id.toString(),
            afterClosings.list(actor(ctx), org(ctx), id).stream()
                .map(RegisterResponses.AfterClosingView::of)
                .toList()));
  }

  /**
   * {@code GET …/follow-ups?kind=after-closing}: the follow-ups after closing due within {@code
   * within} days (default 30) of {@code asOf}.
   *
   * @param ctx the request
   */
  public void due(Context ctx) {
    Optional<LocalDate> asOf = date(ctx, "asOf");
    Violations v = new Violations();
    Optional<ServiceId> service =
        Optional.ofNullable(ctx.queryParam("service"))
            .map(s -> v.attempt("/service", () -> ServiceId.of(s)));
    int within =
        Optional.ofNullable(ctx.queryParam("within")).map(w -> days(v, w).getDays()).orElse(30);
    v.throwIfAny();
    LocalDate day = asOf.orElse(LocalDate.now(clock));
    bodies.json(
        ctx,
        new RegisterResponses.DueList(
            "after-closing",
            day,
            within,
            afterClosings.due(actor(ctx), org(ctx), service, Optional.of(day), within).stream()
                .map(d -> RegisterResponses.DueView.of(d, day))
                .toList()));
  }
}
