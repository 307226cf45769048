package se.skapa.rest.outcomes;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.Progression;
import se.skapa.app.register.EnrolmentId;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.OutcomeReports;
import se.skapa.app.register.StoredEnrolment;
import se.skapa.app.register.TargetSet;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.Violations;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.outcomes.Target;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Respondent;
import se.skapa.core.register.Support;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.http.StoredRequests;
import se.skapa.rest.http.SwedishCsv;
import se.skapa.rest.responses.FixedReportViews;
import se.skapa.rest.responses.OutcomeViews;
import se.skapa.rest.responses.ProgressionViews;
import se.skapa.rest.responses.ReportTable;
import se.skapa.rest.responses.TargetDto;

/**
 * The förbund's register over HTTP: admissions and closings, targets, outcome reports (JSON and CSV
 * for Swedish Excel).
 */
public final class RegisterRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final Enrolments enrolments;
  private final OutcomeReports reports;
  private final Progression progression;
  private final InstrumentCatalog catalog;
  private final RequestBodies bodies;

  public RegisterRoutes(
      Enrolments enrolments,
      OutcomeReports reports,
      Progression progression,
      InstrumentCatalog catalog,
      RequestBodies bodies) {
    this.enrolments = enrolments;
    this.reports = reports;
    this.progression = progression;
    this.catalog = catalog;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post(ORG + "/enrolments", Access.MEMBER, this::enrol);
    r.get(ORG + "/enrolments/{id}", Access.MEMBER, this::enrolment);
    r.post(ORG + "/enrolments/{id}/closing", Access.MEMBER, this::close);
    r.put(ORG + "/services/{service}/targets", Access.MEMBER, this::serviceTargets);
    r.put(ORG + "/targets", Access.MEMBER, this::organisationTargets);
    r.get(ORG + "/services/{service}/report", Access.MEMBER, this::serviceReport);
    r.get(ORG + "/report", Access.MEMBER, this::organisationReport);
    r.get(ORG + "/services/{service}/report.csv", Access.MEMBER, this::serviceReportCsv);
    r.get(ORG + "/report.csv", Access.MEMBER, this::organisationReportCsv);
  }

  public void enrol(Context ctx) {
    StoredRequests.NewEnrolment req = bodies.read(ctx, StoredRequests.NewEnrolment.class);
    Violations v = new Violations();
    Pseudonym participant = Keys.key(v, "/participant", req.participant());
    ServiceId service = v.attempt("/service", () -> ServiceId.of(req.service()));
    List<Support> support = StoredRequests.support(v, req.support());
    v.throwIfAny();
    StoredEnrolment e =
        enrolments.enrol(
            actor(ctx),
            org(ctx),
            Violations.built(service),
            Violations.built(participant),
            req.admitted(),
            Optional.ofNullable(req.firstContact()),
            Boolean.TRUE.equals(req.actionPlan()),
            support);
    ctx.header("Location", BASE + org(ctx) + "/enrolments/" + e.id());
    created(bodies, ctx, enrolment(e));
  }

  public void enrolment(Context ctx) {
    bodies.json(
        ctx,
        enrolment(enrolments.get(actor(ctx), org(ctx), EnrolmentId.parse(ctx.pathParam("id")))));
  }

  public void close(Context ctx) {
    EnrolmentId id = EnrolmentId.parse(ctx.pathParam("id"));
    StoredRequests.Closing req = bodies.read(ctx, StoredRequests.Closing.class);
    Violations v = new Violations();
    Optional<List<Support>> support =
        Optional.ofNullable(req.support()).map(list -> StoredRequests.support(v, list));
    v.throwIfAny();
    StoredEnrolment closed =
        enrolments.close(
            actor(ctx),
            org(ctx),
            id,
            req.closed(),
            req.outcome(),
            Boolean.TRUE.equals(req.subsidised()),
            support,
            Optional.ofNullable(ctx.header("If-Match"))
                .filter(h -> !h.isBlank())
                .map(Params::version));
    ctx.header("ETag", etag(closed.version()));
    bodies.json(ctx, enrolment(closed));
  }

  public void serviceTargets(Context ctx) {
    setTargets(ctx, Optional.of(serviceParam(ctx)));
  }

  public void organisationTargets(Context ctx) {
    setTargets(ctx, Optional.empty());
  }

  private void setTargets(Context ctx, Optional<ServiceId> service) {
    StoredRequests.Targets req = bodies.read(ctx, StoredRequests.Targets.class);
    Violations v = new Violations();
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < req.targets().size(); i++) {
      var t = req.targets().get(i);
      Optional.ofNullable(
              v.attempt(
                  Pointer.at("/targets", i),
                  () ->
                      new Target(
                          t.metric(), t.comparison() == TargetDto.Comparison.AT_LEAST, t.value())))
          .ifPresent(targets::add);
    }
    TargetSet built = v.attempt("", () -> new TargetSet(service, req.from(), req.to(), targets));
    // Every violation first: a period that ends before it starts leaves no target set to build.
    v.throwIfAny();
    TargetSet set = Violations.built(built);
    enrolments.setTargets(actor(ctx), org(ctx), set);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service", service.map(ServiceId::value).orElse(null));
    out.put("from", set.from());
    out.put("to", set.to());
    out.put(
        "targets",
        set.targets().stream()
            .map(
                t ->
                    Map.of(
                        "metric",
                        t.metric(),
                        "comparison",
                        t.atLeast() ? "AT_LEAST" : "AT_MOST",
                        "value",
                        t.value()))
            .toList());
    bodies.json(ctx, out);
  }

  public void serviceReport(Context ctx) {
    report(ctx, Optional.of(serviceParam(ctx)));
  }

  public void organisationReport(Context ctx) {
    report(ctx, Optional.empty());
  }

  private void report(Context ctx, Optional<ServiceId> service) {
    ReportTerms terms = reportTerms(ctx);
    LocalDate from = terms.from();
    LocalDate to = terms.to();
    OutcomeReports.Report r = reports.report(actor(ctx), org(ctx), service, terms);
    Language lang = Lang.of(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service", service.map(ServiceId::value).orElse(null));
    out.put("report", OutcomeViews.report(r.report(), lang, r.suppressed(), r.threshold()));
    out.put(
        "workedDuring",
        OutcomeViews.share("workedDuring", r.workedDuring(), lang, r.suppressed(), r.threshold()));
    // A target's actual value would give a withheld share away.
    out.put(
        "targets",
        r.suppressed().isEmpty() ? OutcomeViews.targets(r.targets(), r.report(), lang) : List.of());
    out.put("fixed", r.fixed().map(FixedReportViews::summary).orElse(null));
    out.put("drift", r.drift().map(d -> FixedReportViews.drift(d, lang)).orElse(null));
    // A service's report also tells how its participants moved on SKAPA over the period
    // (self-ratings).
    Actor actor = actor(ctx);
    if (service.isPresent()
        && (actor.has(Role.ANALYST) || actor.has(Role.HANDLEDARE))
        && !progression.answers(actor, from, to)) {
      // An analyst's progression comes only for whole released periods (ReleaseCalendar).
      out.put("progressionWithheld", progression.releases().rule().in(lang));
    } else if (service.isPresent() && (actor.has(Role.ANALYST) || actor.has(Role.HANDLEDARE))) {
      Instrument instrument = catalog.find(DEFAULT_INSTRUMENT).orElseThrow();
      out.put(
          "progression",
          ProgressionViews.cohort(
              progression.cohort(
                  actor,
                  org(ctx),
                  service.get(),
                  DEFAULT_INSTRUMENT,
                  Respondent.PARTICIPANT,
                  from,
                  Optional.of(to),
                  Optional.of(to)),
              instrument,
              progression.smallNumbers(org(ctx)),
              lang));
    }
    bodies.json(ctx, out);
  }

  public void serviceReportCsv(Context ctx) {
    reportCsv(ctx, Optional.of(serviceParam(ctx)));
  }

  public void organisationReportCsv(Context ctx) {
    reportCsv(ctx, Optional.empty());
  }

  private void reportCsv(Context ctx, Optional<ServiceId> service) {
    ReportTerms terms = reportTerms(ctx);
    LocalDate from = terms.from();
    LocalDate to = terms.to();
    OutcomeReports.Report r = reports.report(actor(ctx), org(ctx), service, terms);
    Language lang = Lang.of(ctx);
    boolean sv = lang == Language.SV;
    OutcomeReport o = r.report();
    SwedishCsv csv = new SwedishCsv();
    ReportTable.header(lang).forEach(csv::text);
    csv.end();
    csv.text(sv ? "Period" : "Period")
        .text(from + " – " + to)
        .empty()
        .empty()
        .text(service.map(ServiceId::value).orElse(org(ctx).value()))
        .end();
    rows(csv, r, lang);
    csv.text(sv ? "Medeltid till avslut (dagar)" : "Mean days to closing");
    if (o.meanDaysClosed().isPresent() && !r.suppressed().contains("meanDaysClosed")) {
      csv.decimal(o.meanDaysClosed().getAsDouble(), 1);
    } else {
      csv.empty();
    }
    csv.empty().empty().empty().end();
    if (!r.suppressed().isEmpty()) {
      csv.text(SmallNumbers.rule(r.threshold()).in(lang)).empty().empty().empty().empty().end();
    }
    if (r.fixed().isPresent()) {
      csv.text(FixedReportViews.line(r.fixed().get(), r.drift(), lang))
          .empty()
          .empty()
          .empty()
          .empty()
          .end();
    }
    for (List<String> t : ReportTable.targets(r, lang)) {
      csv.text((sv ? "Mål: " : "Target: ") + t.get(0) + " " + t.get(1))
          .text(t.get(3))
          .empty()
          .empty()
          .empty()
          .end();
    }
    csv.send(
        ctx,
        "skapa-report-"
            + service.map(ServiceId::value).orElse(org(ctx).value())
            + "-"
            + from
            + "-"
            + to
            + ".csv");
  }

  /** The outcome table's rows: label, count, denominator, share with one decimal, meaning. */
  private static void rows(SwedishCsv csv, OutcomeReports.Report r, Language lang) {
    for (ReportTable.Row row : ReportTable.rows(r, lang)) {
      csv.text(row.label());
      cell(csv, row.count());
      cell(csv, row.denominator());
      if (row.share().isPresent()) {
        csv.decimal(row.share().getAsDouble(), 1);
      } else {
        csv.empty();
      }
      if (row.meaning().isEmpty()) {
        csv.empty();
      } else {
        csv.text(row.meaning());
      }
      csv.end();
    }
  }

  private static void cell(SwedishCsv csv, ReportTable.Cell cell) {
    if (cell instanceof ReportTable.Count c) {
      csv.number(c.value());
    } else if (cell instanceof ReportTable.Withheld w) {
      csv.text(w.text());
    } else {
      csv.empty();
    }
  }

  private static Map<String, Object> enrolment(StoredEnrolment e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id().toString());
    out.put("service", e.service().value());
    out.put("participant", e.enrolment().key().value());
    out.put("admitted", e.enrolment().admitted());
    out.put("firstContact", e.enrolment().firstContact().orElse(null));
    out.put("actionPlan", e.enrolment().actionPlan());
    out.put("closed", e.enrolment().closed().orElse(null));
    out.put("outcome", e.enrolment().outcome().orElse(null));
    out.put("subsidised", e.enrolment().subsidised());
    out.put("version", e.version());
    out.put("recordedBy", e.recordedBy().value());
    out.put("recordedAt", e.recordedAt());
    return out;
  }
}
