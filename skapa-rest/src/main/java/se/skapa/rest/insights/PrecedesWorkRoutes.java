package se.skapa.rest.insights;

import static se.skapa.rest.http.Params.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.app.Actor;
import se.skapa.app.ServiceId;
import se.skapa.app.access.Settings;
import se.skapa.app.measurement.WorkSeries;
import se.skapa.core.common.Language;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.insights.Estimate;
import se.skapa.insights.IndicatorResult;
import se.skapa.insights.Options;
import se.skapa.insights.WorkAnalysis;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.responses.WorkInsights;

/**
 * What precedes work, for an organisation or one of its services: the stored register feeds
 * skapa-insights' analysis, the participants' keys stripped before it. Nothing here answers about
 * one person.
 */
public final class PrecedesWorkRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final WorkSeries series;
  private final InstrumentCatalog catalog;
  private final RequestBodies bodies;
  private final Settings settings;

  public PrecedesWorkRoutes(
      WorkSeries series, InstrumentCatalog catalog, RequestBodies bodies, Settings settings) {
    this.series = series;
    this.catalog = catalog;
    this.bodies = bodies;
    this.settings = settings;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get(ORG + "/insights/precedes-work", Access.MEMBER, this::analysis);
    r.get(ORG + "/insights/precedes-work.svg", Access.MEMBER, this::chart);
  }

  record EstimateView(BigDecimal oddsRatio, BigDecimal low, BigDecimal high) {
    static @Nullable EstimateView of(Optional<Estimate> e) {
      return e.map(x -> new EstimateView(round(x.oddsRatio()), round(x.low()), round(x.high())))
          .orElse(null);
    }
  }

  record RefusalView(String reason, String message) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record IndicatorView(
      String indicator,
      String label,
      Object people,
      Object personPeriods,
      Object events,
      @Nullable EstimateView level,
      @Nullable EstimateView change,
      @Nullable RefusalView refused,
      String sentence) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(
      String instrument,
      @Nullable String service,
      LocalDate from,
      LocalDate to,
      int horizonMonths,
      int eventsPerParameter,
      int smallNumbers,
      String model,
      String reading,
      List<IndicatorView> indicators,
      @Nullable String wholeOrganisation) {}

  /** The analysis and what it was asked of. */
  private record Run(
      Instrument instrument,
      Optional<ServiceId> service,
      ReportPeriod period,
      WorkAnalysis result) {}

  private Run run(Context ctx) {
    ReportPeriod period = orderedPeriod(ctx);
    Optional<ServiceId> service =
        Optional.ofNullable(ctx.queryParam("service")).filter(s -> !s.isBlank()).map(ServiceId::of);
    Instrument instrument =
        catalog.require(
            Optional.ofNullable(ctx.queryParam("instrument")).orElse("skapa"), Optional.empty());
    return new Run(
        instrument,
        service,
        period,
        WorkInsights.analyse(
            series,
            actor(ctx),
            org(ctx),
            service,
            instrument,
            period.from(),
            period.to(),
            settings.settings(actor(ctx), org(ctx)).smallNumbers()));
  }

  private void analysis(Context ctx) {
    Run run = run(ctx);
    Language lang = Lang.of(ctx);
    Actor actor = actor(ctx);
    Options o = run.result().options();
    boolean thin =
        run.result().indicators().stream()
            .anyMatch(
                i ->
                    i.refusal().isPresent()
                        && i.refusal().get().reason()
                            != se.skapa.insights.Refusal.Reason.NO_VARIATION);
    bodies.json(
        ctx,
        new Answer(
            run.instrument().id(),
            run.service().map(ServiceId::value).orElse(null),
            run.period().from(),
            run.period().to(),
            o.horizonMonths(),
            o.eventsPerParameter(),
            o.smallNumbers(),
            WorkInsights.MODEL.in(lang),
            WorkInsights.READING.in(lang),
            run.result().indicators().stream()
                .map(i -> view(i, o, actor.analystOnly(), lang))
                .toList(),
            run.service().isPresent() && thin
                ? Params.ORGANISATIONS
                    + "/"
                    + org(ctx)
                    + "/insights/precedes-work?instrument="
                    + run.instrument().id()
                    + "&from="
                    + run.period().from()
                    + "&to="
                    + run.period().to()
                : null));
  }

  private void chart(Context ctx) {
    Run run = run(ctx);
    ctx.contentType("image/svg+xml; charset=utf-8")
        .result(WorkInsights.forest(run.result(), Lang.of(ctx)).toSvg());
  }

  /**
   * One indicator; for an analyst, counts below the threshold withheld and the refusal in words.
   */
  private static IndicatorView view(IndicatorResult i, Options o, boolean analyst, Language lang) {
    boolean hide = analyst && i.smallFor(o.smallNumbers());
    String withheld = "< " + o.smallNumbers();
    return new IndicatorView(
        i.indicator(),
        i.label().in(lang),
        hide ? withheld : i.people(),
        hide ? withheld : i.personPeriods(),
        hide ? withheld : i.events(),
        EstimateView.of(i.level()),
        EstimateView.of(i.change()),
        i.refusal()
            .map(
                r ->
                    new RefusalView(
                        r.reason().name(), hide ? r.reason().label().in(lang) : r.text().in(lang)))
            .orElse(null),
        hide && i.refusal().isPresent()
            ? i.refusal().get().reason().label().in(lang)
            : i.sentence(o.horizonMonths(), lang));
  }

  private static BigDecimal round(double x) {
    return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
  }
}
