package se.skapa.rest.register;

import static se.skapa.rest.http.Params.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Actor;
import se.skapa.app.ServiceId;
import se.skapa.app.register.RegisterReports;
import se.skapa.app.review.FidelityReviews;
import se.skapa.core.chart.IpsOutcomesChart;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.Language;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.register.InterventionCoverage;
import se.skapa.core.register.IpsOutcomes;
import se.skapa.core.register.SupportChange;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.http.SwedishCsv;
import se.skapa.rest.responses.IpsTimeline;
import se.skapa.rest.responses.Withholding.Count;
import se.skapa.rest.responses.Withholding.ShareView;

/**
 * The reports the register's facts give: IPS outcomes per quarter beside the service's fidelity,
 * and the coverage of parallel interventions.
 */
public final class RegisterReportRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final RegisterReports reports;
  private final FidelityReviews reviews;
  private final RequestBodies bodies;

  public RegisterReportRoutes(
      RegisterReports reports, FidelityReviews reviews, RequestBodies bodies) {
    this.reports = reports;
    this.reviews = reviews;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get(ORG + "/services/{service}/ips-outcomes", Access.MEMBER, this::ipsOutcomes);
    r.get(ORG + "/services/{service}/ips-outcomes.csv", Access.MEMBER, this::ipsOutcomesCsv);
    r.get(ORG + "/services/{service}/ips-outcomes.svg", Access.MEMBER, this::ipsOutcomesChart);
    r.get(ORG + "/services/{service}/interventions", Access.MEMBER, this::interventions);
    r.get(
        ORG + "/services/{service}/support-change",
        Access.MEMBER,
        ctx -> supportChange(ctx, Optional.of(serviceParam(ctx))));
    r.get(ORG + "/support-change", Access.MEMBER, ctx -> supportChange(ctx, Optional.empty()));
    r.get(
        ORG + "/services/{service}/support.csv",
        Access.MEMBER,
        ctx -> SupportCsv.send(ctx, reports, Optional.of(serviceParam(ctx))));
    r.get(
        ORG + "/support.csv",
        Access.MEMBER,
        ctx -> SupportCsv.send(ctx, reports, Optional.empty()));
  }

  private static ShareView share(
      Share s, String cell, Set<String> withheld, int threshold, Language lang) {
    return ShareView.of(
        s,
        cell,
        withheld,
        threshold,
        withheld.contains("served") || withheld.contains("participantMonths"),
        lang);
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Fidelity(LocalDate date, int total, String band) {}

  record Benchmarks(BigDecimal minimal, BigDecimal average, BigDecimal excellent, String source) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record IpsOutcomesView(
      String service,
      String quarter,
      LocalDate from,
      LocalDate to,
      Count served,
      ShareView workedCompetitively,
      @Nullable String band,
      Benchmarks benchmarks,
      Count jobStarts,
      Count firstJobStarts,
      @Nullable BigDecimal medianDaysToFirstJob,
      @Nullable BigDecimal medianHoursPerWeek,
      @Nullable Long medianMonthlyWage,
      Count lasting90Days,
      @Nullable Fidelity fidelity,
      @Nullable String suppression) {}

  private void ipsOutcomes(Context ctx) {
    ServiceId service = serviceParam(ctx);
    SurveyPeriod quarter = quarter(ctx.queryParam("quarter"));
    Actor actor = actor(ctx);
    RegisterReports.Withheld<IpsOutcomes> w =
        reports.ipsOutcomes(actor, org(ctx), service, quarter.from(), quarter.to());
    IpsOutcomes o = w.report();
    Set<String> h = w.withheld();
    int t = w.threshold();
    Language lang = Lang.of(ctx);
    Optional<Fidelity> fidelity =
        reviews.list(actor, org(ctx), service).stream()
            .filter(s -> s.result().complete() && s.result().total().isPresent())
            .filter(s -> !s.result().date().isAfter(quarter.to()))
            .max(Comparator.comparing(s -> s.result().date()))
            .map(
                s ->
                    new Fidelity(
                        s.result().date(),
                        s.result().total().getAsInt(),
                        s.result().band().map(b -> b.label().in(lang)).orElse("")));
    bodies.json(
        ctx,
        new IpsOutcomesView(
            service.value(),
            quarter.name(),
            quarter.from(),
            quarter.to(),
            Count.of(o.served(), "served", h, t),
            share(o.workedCompetitively(), "worked", h, t, lang),
            h.contains("worked") || !o.workedCompetitively().hasValue() ? null : o.band().name(),
            new Benchmarks(
                percent(o.terms().minimal()),
                percent(o.terms().average()),
                percent(o.terms().excellent()),
                "IPS Employment Center"),
            Count.of(o.jobStarts(), "jobStarts", h, t),
            Count.of(o.firstJobStarts(), "firstJobStarts", h, t),
            h.contains("medianDaysToFirstJob") || o.medianDaysToFirstJob().isEmpty()
                ? null
                : BigDecimal.valueOf(o.medianDaysToFirstJob().getAsDouble()).stripTrailingZeros(),
            h.contains("medianHours") ? null : o.medianHours().orElse(null),
            h.contains("medianMonthlyWage")
                ? null
                : o.medianMonthlyWage().map(k -> k.value()).orElse(null),
            Count.of(o.lasting(), "lasting", h, t),
            fidelity.orElse(null),
            h.isEmpty() ? null : SmallNumbers.rule(t).in(lang)));
  }

  /** The most quarters one timeline reads: ten years. */
  static final int MAX_QUARTERS = 40;

  private List<IpsTimeline.Quarter> timeline(Context ctx) {
    ReportPeriod period = orderedPeriod(ctx);
    List<SurveyPeriod> quarters = SurveyPeriod.quartersWithin(period.from(), period.to());
    if (quarters.isEmpty() || quarters.size() > MAX_QUARTERS) {
      throw ValidationException.of(
          "/to",
          "range",
          "the period must hold at least one whole quarter and at most "
              + MAX_QUARTERS
              + ", got "
              + quarters.size());
    }
    return IpsTimeline.read(reports, reviews, actor(ctx), org(ctx), serviceParam(ctx), quarters);
  }

  private void ipsOutcomesCsv(Context ctx) {
    List<IpsTimeline.Quarter> quarters = timeline(ctx);
    Language lang = Lang.of(ctx);
    SwedishCsv csv = new SwedishCsv();
    IpsTimeline.header(lang).forEach(csv::text);
    csv.end();
    for (IpsTimeline.Quarter q : quarters) {
      IpsTimeline.row(q, lang).forEach(csv::text);
      csv.end();
    }
    csv.send(ctx, "ips-resultat-" + serviceParam(ctx).value() + ".csv");
  }

  private void ipsOutcomesChart(Context ctx) {
    List<IpsTimeline.Quarter> quarters = timeline(ctx);
    ctx.contentType("image/svg+xml; charset=utf-8")
        .result(
            IpsOutcomesChart.render(
                IpsTimeline.chart(quarters),
                quarters.get(0).outcomes().report().terms(),
                Lang.of(ctx)));
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CoverageView(
      String service,
      LocalDate from,
      LocalDate to,
      Count participantMonths,
      ShareView none,
      ShareView withoutJobFocused,
      Map<String, ShareView> byGroup,
      String why,
      @Nullable String suppression) {}

  private void interventions(Context ctx) {
    ServiceId service = serviceParam(ctx);
    ReportPeriod period = orderedPeriod(ctx);
    LocalDate from = period.from();
    LocalDate to = period.to();
    RegisterReports.Withheld<InterventionCoverage> w =
        reports.interventionCoverage(actor(ctx), org(ctx), service, from, to);
    InterventionCoverage c = w.report();
    Set<String> h = w.withheld();
    int t = w.threshold();
    Language lang = Lang.of(ctx);
    Map<String, ShareView> groups = new LinkedHashMap<>();
    for (BipGroup g : BipGroup.values()) {
      Share share =
          c.byGroup().getOrDefault(g, Share.of(0, 0, InterventionCoverage.PARTICIPANT_MONTHS));
      groups.put(g.name(), share(share, g.name(), h, t, lang));
    }
    bodies.json(
        ctx,
        new CoverageView(
            service.value(),
            from,
            to,
            Count.of(c.participantMonths(), "participantMonths", h, t),
            share(c.none(), "none", h, t, lang),
            share(c.withoutJobFocused(), "withoutJobFocused", h, t, lang),
            groups,
            InterventionCoverage.WHY.in(lang),
            h.isEmpty() ? null : SmallNumbers.rule(t).in(lang)));
  }

  private static SurveyPeriod quarter(@Nullable String text) {
    if (text == null || !text.matches("\\d{4}-Q[1-4]")) {
      throw ValidationException.of(
          "/quarter",
          "format",
          "quarter is written like 2026-Q1, got " + (text == null ? "nothing" : text));
    }
    return SurveyPeriod.of(text);
  }

  private static BigDecimal percent(double share) {
    return Decimals.canonical(BigDecimal.valueOf(share).movePointRight(2));
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SourceView(Count people, @Nullable BigDecimal fullYearEquivalents) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MomentView(
      String moment,
      Count recorded,
      Count notRecorded,
      Count notReached,
      Count onPublicSupport,
      @Nullable BigDecimal publicFullYearEquivalents,
      Map<String, SourceView> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SupportChangeView(
      @Nullable String service,
      LocalDate from,
      LocalDate to,
      Count closed,
      String denominatorName,
      List<MomentView> moments,
      @Nullable String suppression) {}

  private void supportChange(Context ctx, Optional<ServiceId> service) {
    ReportPeriod period = orderedPeriod(ctx);
    LocalDate from = period.from();
    LocalDate to = period.to();
    RegisterReports.Withheld<SupportChange> w =
        reports.supportChange(actor(ctx), org(ctx), service, from, to);
    SupportChange c = w.report();
    Set<String> h = w.withheld();
    int t = w.threshold();
    List<MomentView> moments = new java.util.ArrayList<>();
    for (SupportChange.Moment m : c.moments()) {
      Map<String, SourceView> sources = new LinkedHashMap<>();
      m.sources()
          .forEach(
              (src, n) -> {
                String cell = m.name() + "." + src;
                sources.put(
                    src.name(),
                    new SourceView(
                        Count.of(n.people(), cell, h, t),
                        h.contains(cell) ? null : n.fullYearEquivalents()));
              });
      String pub = m.name() + ".onPublicSupport";
      moments.add(
          new MomentView(
              m.name(),
              Count.of(m.recorded(), m.name() + ".recorded", h, t),
              Count.of(m.notRecorded(), m.name() + ".recorded", h, t),
              Count.of(m.notReached(), m.name() + ".notReached", h, t),
              Count.of(m.onPublicSupport(), pub, h, t),
              h.contains(pub) ? null : m.publicFullYearEquivalents(),
              sources));
    }
    Language lang = Lang.of(ctx);
    bodies.json(
        ctx,
        new SupportChangeView(
            service.map(ServiceId::value).orElse(null),
            from,
            to,
            Count.of(c.closed(), "closed", h, t),
            SupportChange.CLOSED.in(lang),
            moments,
            h.isEmpty() ? null : SmallNumbers.rule(t).in(lang)));
  }
}
