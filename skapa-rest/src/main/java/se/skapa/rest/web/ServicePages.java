package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.ServiceId;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.access.Session;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.QualitySignalReports;
import se.skapa.core.chart.SpiderChart;
import se.skapa.core.common.Dates;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Respondent;
import se.skapa.core.register.QualitySignals;
import se.skapa.rest.responses.CohortTable;
import se.skapa.rest.responses.QualityTable;

/** A service's progression, for enhetschefer and analysts. */
public final class ServicePages {

  private final Pages pages;
  private final Organisations organisations;
  private final Progression progression;
  private final QualitySignalReports quality;
  private final InstrumentCatalog catalog;
  private final Clock clock;

  ServicePages(
      Pages pages,
      Organisations organisations,
      Progression progression,
      QualitySignalReports quality,
      InstrumentCatalog catalog,
      Clock clock) {
    this.pages = pages;
    this.organisations = organisations;
    this.progression = progression;
    this.quality = quality;
    this.catalog = catalog;
    this.clock = clock;
  }

  public void cohort(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    Language lang = lang(ctx);
    ServiceId service = ServiceId.of(ctx.pathParam("service"));
    // Every instrument the server knows can be shown; the built-in one unless the page names one.
    Instrument instrument =
        Optional.ofNullable(ctx.queryParam("instrument"))
            .flatMap(catalog::find)
            .orElseGet(() -> catalog.find(INSTRUMENT).orElseThrow());
    LocalDate today = LocalDate.now(clock);
    // An analyst reads whole released periods only (ReleaseCalendar); a handledare any day.
    List<ReleaseCalendar.Period> released =
        me.analystOnly() ? progression.releases().released(today, 8) : List.of();
    Optional<ReleaseCalendar.Period> period =
        me.analystOnly()
            ? Optional.ofNullable(ctx.queryParam("period"))
                .filter(a -> !a.isBlank())
                .map(Pages::parseDate)
                .map(d -> progression.releases().containing(d))
                .or(() -> released.stream().findFirst())
            : Optional.empty();
    LocalDate asOf =
        period
            .map(ReleaseCalendar.Period::to)
            .orElseGet(
                () ->
                    Optional.ofNullable(ctx.queryParam("asOf"))
                        .filter(a -> !a.isBlank())
                        .map(Pages::parseDate)
                        .orElse(today));
    CohortReport r =
        progression.cohort(
            me,
            me.organisation(),
            service,
            instrument.id(),
            Respondent.PARTICIPANT,
            period.map(ReleaseCalendar.Period::from).orElse(Dates.EARLIEST),
            Optional.of(asOf),
            period.isPresent() ? Optional.empty() : Optional.of(asOf));
    Page p = pages.page(ctx, Msg.COHORT);
    Views.Table table = table(r, instrument, lang);
    String name =
        organisations.services(me, me.organisation()).stream()
            .filter(x -> x.id().equals(service))
            .map(Service::name)
            .findFirst()
            .orElse(service.value());
    String svg =
        r.participantsWithTwoOrMore() == 0
            ? ""
            : SpiderChart.renderCohort(instrument, r, name, lang);
    Views.CohortView view =
        new Views.CohortView(
            service.value(),
            name,
            asOf.toString(),
            r.participants(),
            r.participantsWithTwoOrMore(),
            r.medianDaysBetween().isPresent() ? p.number(r.medianDaysBetween().getAsDouble()) : "–",
            p.percent(r.shareOverdue()),
            table,
            svg,
            released.stream()
                .map(
                    x ->
                        new Views.Choice(
                            x.from().toString(), x.name(), period.map(x::equals).orElse(false)))
                .toList(),
            me.analystOnly() ? progression.releases().rule().in(lang) : "",
            QualityTable.CAPTION.in(lang),
            qualityTable(me, service, period, asOf, lang),
            QualitySignals.BIP.in(lang),
            catalog.all().stream()
                .map(Instrument::id)
                .distinct()
                .map(
                    id ->
                        new Views.Choice(
                            id,
                            catalog.find(id).orElseThrow().names().in(lang),
                            id.equals(instrument.id())))
                .toList());
    pages.render(ctx, 200, "cohort.jte", Map.of("p", p, "c", view));
  }

  /**
   * BIP's organisational findings for the service: over the released period for an analyst, the
   * year up to the day shown for a handledare.
   */
  private Views.Table qualityTable(
      Actor me,
      ServiceId service,
      Optional<ReleaseCalendar.Period> period,
      LocalDate asOf,
      Language lang) {
    LocalDate from =
        period.map(ReleaseCalendar.Period::from).orElse(asOf.minusYears(1).plusDays(1));
    QualitySignalReports.Answer a =
        quality.signals(
            me,
            me.organisation(),
            service,
            INSTRUMENT,
            BuiltInInstruments.HANDLEDARE_BELIEF,
            from,
            asOf);
    String caption =
        QualityTable.CAPTION.in(lang)
            + " "
            + from
            + " – "
            + asOf
            + (a.withheld().isEmpty() ? "" : ". " + SmallNumbers.rule(a.threshold()).in(lang));
    return new Views.Table(caption, QualityTable.header(lang), QualityTable.rows(a, lang));
  }

  private static Views.Table table(CohortReport r, Instrument instrument, Language lang) {
    return new Views.Table(
        Msg.COHORT.in(lang), CohortTable.header(lang), CohortTable.rows(r, instrument, lang));
  }
}
