package se.skapa.rest.outcomes;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.chart.TargetsChart;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.finsam.AgeBand;
import se.skapa.core.finsam.Allocation;
import se.skapa.core.finsam.BenefitDays;
import se.skapa.core.finsam.FinsamAllocator;
import se.skapa.core.finsam.FullYearEquivalents;
import se.skapa.core.finsam.MemberShare;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Target;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Query;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.responses.OutcomeViews;
import se.skapa.rest.responses.TargetDto;

/** Outcome reports, targets and Finsam arithmetic over HTTP. */
public final class OutcomesRoutes {

  private final RequestBodies bodies;
  private final Clock clock;

  public OutcomesRoutes(RequestBodies bodies, Clock clock) {
    this.bodies = bodies;
    this.clock = clock;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.post("/api/v1/outcomes/report", Access.CALLER, this::report);
    r.post("/api/v1/outcomes/targets", Access.CALLER, this::targets);
    r.post("/api/v1/outcomes/targets/chart", Access.CALLER, this::targetsChart);
    r.post("/api/v1/finsam/allocation", Access.CALLER, this::allocation);
    r.post("/api/v1/finsam/full-year-equivalents", Access.CALLER, this::fullYearEquivalents);
  }

  public void report(Context ctx) {
    OutcomesRequests.ReportRequest req = bodies.read(ctx, OutcomesRequests.ReportRequest.class);
    bodies.json(ctx, OutcomeViews.report(report(req, "", ctx), Lang.of(ctx)));
  }

  public void targets(Context ctx) {
    OutcomesRequests.TargetsRequest req = bodies.read(ctx, OutcomesRequests.TargetsRequest.class);
    OutcomeReport report = report(req.report(), "/report", ctx);
    List<Target> targets = targets(req);
    Language lang = Lang.of(ctx);
    bodies.json(
        ctx,
        Map.of(
            "report",
            OutcomeViews.report(report, lang),
            "targets",
            OutcomeViews.targets(targets, report, lang)));
  }

  public void targetsChart(Context ctx) {
    OutcomesRequests.TargetsRequest req = bodies.read(ctx, OutcomesRequests.TargetsRequest.class);
    OutcomeReport report = report(req.report(), "/report", ctx);
    ctx.contentType("image/svg+xml; charset=utf-8")
        .result(TargetsChart.render(report, targets(req), Lang.of(ctx)));
  }

  private static List<Target> targets(OutcomesRequests.TargetsRequest req) {
    Violations v = new Violations();
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < req.targets().size(); i++) {
      TargetDto t = req.targets().get(i);
      Target target =
          v.attempt(
              Pointer.at("/targets", i),
              () ->
                  new Target(
                      t.metric(), t.comparison() == TargetDto.Comparison.AT_LEAST, t.value()));
      if (target != null) {
        targets.add(target);
      }
    }
    v.throwIfAny();
    return targets;
  }

  public void allocation(Context ctx) {
    OutcomesRequests.AllocationRequest req =
        bodies.read(ctx, OutcomesRequests.AllocationRequest.class);
    if ((req.total() == null) == (req.stateContribution() == null)) {
      throw ValidationException.of(
          "/total", "one-of", "give exactly one of total and stateContribution");
    }
    List<MemberShare> shares =
        req.members().stream().map(m -> new MemberShare(m.name(), m.share())).toList();
    Allocation a =
        req.total() != null
            ? FinsamAllocator.ofTotal(Kronor.of(req.total()), shares)
            : FinsamAllocator.ofStateContribution(Kronor.of(req.stateContribution()), shares);
    bodies.json(ctx, a);
  }

  public void fullYearEquivalents(Context ctx) {
    OutcomesRequests.HeRequest req = bodies.read(ctx, OutcomesRequests.HeRequest.class);
    List<BenefitDays> days =
        req.days().stream()
            .map(
                d ->
                    new BenefitDays(
                        d.benefit(),
                        d.days(),
                        Optional.ofNullable(d.degree()).orElse(BigDecimal.ONE)))
            .toList();
    FullYearEquivalents he =
        FullYearEquivalents.of(
            days,
            Optional.ofNullable(req.divisors()).orElse(Map.of()),
            Optional.ofNullable(req.population()),
            Optional.ofNullable(req.populationAges()).orElse(AgeBand.AGES_16_64));
    Language lang = Lang.of(ctx);
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("perBenefit", he.perBenefit());
    out.put("perGroup", he.perGroup());
    out.put("total", he.total());
    out.put("population", he.population());
    out.put("populationAges", he.populationAges());
    out.put("populationAgesLabel", he.populationAges().label().in(lang));
    out.put("shareOfPopulation", he.shareOfPopulation());
    out.put("divisors", he.divisors());
    Map<Benefit, String> sources = new java.util.EnumMap<>(Benefit.class);
    he.divisorSources().forEach((b, t) -> sources.put(b, t.in(lang)));
    out.put("divisorSources", sources);
    bodies.json(ctx, out);
  }

  private OutcomeReport report(OutcomesRequests.ReportRequest req, String prefix, Context ctx) {
    Violations v = new Violations();
    // Every rule of the body in one answer: the missing fields, the period and each participant
    // together.
    v.check(req.from() != null, prefix + "/from", "required", "from is required");
    v.check(req.to() != null, prefix + "/to", "required", "to is required");
    v.check(
        req.staffFullTimeEquivalents() != null,
        prefix + "/staffFullTimeEquivalents",
        "required",
        "staffFullTimeEquivalents is required (0 when no staff is counted)");
    if (req.from() != null && req.to() != null) {
      Violations period = new Violations();
      OutcomeReporter.checkPeriod(period, req.from(), req.to());
      period.found().forEach(x -> v.add(prefix + x.pointer(), x.rule(), x.message()));
    }
    List<ServiceParticipant> participants = new ArrayList<>();
    LocalDate today = LocalDate.now(Query.asOf(ctx, clock));
    for (int i = 0; i < req.participants().size(); i++) {
      OutcomesRequests.ParticipantDto p = req.participants().get(i);
      String at = Pointer.at(prefix + "/participants", i);
      Pseudonym key = Keys.key(v, at + "/key", p.key());
      if (!v.check(p.admitted() != null, at + "/admitted", "required", "admitted is required")
          || key == null) {
        continue;
      }
      ServiceParticipant sp =
          v.attempt(
              at,
              () ->
                  new ServiceParticipant(
                      key,
                      p.admitted(),
                      Optional.ofNullable(p.closed()),
                      Optional.ofNullable(p.outcome()),
                      Boolean.TRUE.equals(p.subsidised()),
                      Optional.ofNullable(p.firstContact()),
                      Boolean.TRUE.equals(p.actionPlan())));
      if (sp != null) {
        sp.checkNotAfter(today, v, at);
        participants.add(sp);
      }
    }
    v.throwIfAny();
    try {
      ReportTerms terms =
          ReportTerms.of(req.from(), req.to()).withStaff(req.staffFullTimeEquivalents());
      terms = req.closingRule() == null ? terms : terms.withClosingRule(req.closingRule());
      terms = req.contactDays() == null ? terms : terms.withContactDays(req.contactDays());
      return OutcomeReporter.report(participants, terms);
    } catch (ValidationException e) {
      throw e.under(prefix);
    }
  }
}
