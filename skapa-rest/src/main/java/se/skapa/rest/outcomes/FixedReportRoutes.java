package se.skapa.rest.outcomes;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.Ids;
import se.skapa.app.ServiceId;
import se.skapa.app.register.FixedReport;
import se.skapa.app.register.OutcomeReports;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.responses.FixedReportViews;

/**
 * Outcome reports kept as issued (fastställda) over HTTP: an admin fixes a period's report with the
 * same terms the report route reads; anyone of the organisation but an analyst lists and reads
 * them.
 */
public final class FixedReportRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final OutcomeReports reports;
  private final RequestBodies bodies;

  /**
   * @param reports the outcome reports' use cases
   * @param bodies JSON in and out
   */
  public FixedReportRoutes(OutcomeReports reports, RequestBodies bodies) {
    this.reports = reports;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post(ORG + "/services/{service}/fixed-reports", Access.MEMBER, this::fixService);
    r.post(ORG + "/fixed-reports", Access.MEMBER, this::fixOrganisation);
    r.get(ORG + "/services/{service}/fixed-reports", Access.MEMBER, this::listService);
    r.get(ORG + "/fixed-reports", Access.MEMBER, this::listOrganisation);
    r.get(ORG + "/fixed-reports/{id}", Access.MEMBER, this::one);
  }

  public void fixService(Context ctx) {
    fix(ctx, Optional.of(serviceParam(ctx)));
  }

  public void fixOrganisation(Context ctx) {
    fix(ctx, Optional.empty());
  }

  private void fix(Context ctx, Optional<ServiceId> service) {
    bodies.discard(ctx);
    FixedReport f = reports.fix(actor(ctx), org(ctx), service, reportTerms(ctx));
    ctx.header("Location", BASE + org(ctx) + "/fixed-reports/" + f.id());
    created(bodies, ctx, FixedReportViews.fixed(f, Lang.of(ctx)));
  }

  public void listService(Context ctx) {
    list(ctx, Optional.of(serviceParam(ctx)));
  }

  public void listOrganisation(Context ctx) {
    list(ctx, Optional.empty());
  }

  private void list(Context ctx, Optional<ServiceId> service) {
    bodies.json(
        ctx,
        reports.fixedReports(actor(ctx), org(ctx), service).stream()
            .map(FixedReportViews::summary)
            .toList());
  }

  public void one(Context ctx) {
    UUID id = Ids.uuid(ctx.pathParam("id"), "fixed report");
    bodies.json(
        ctx, FixedReportViews.fixed(reports.fixedReport(actor(ctx), org(ctx), id), Lang.of(ctx)));
  }
}
