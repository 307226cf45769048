package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.OutcomeReports;
import se.skapa.app.register.TargetSet;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.Metric;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.outcomes.Target;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.rest.responses.FixedReportViews;
import se.skapa.rest.responses.ReportTable;

/**
 * The reports page of a service or the whole organisation, for enhetschefer, samordnare and
 * analysts: a period chosen as a quarter, half year, year or two dates; the outcome report against
 * its targets, what small numbers withhold and why, a word when the period is not over, and the PDF
 * and CSV of the same figures. The use case decides who sees what; this page only asks it.
 */
public final class ReportPages {

  /** Quarters, halves and years offered to choose from, counting back from today. */
  private static final int QUARTERS = 6;

  private static final int HALVES = 4;
  private static final int YEARS = 3;

  private final Pages pages;
  private final Organisations organisations;
  private final OutcomeReports reports;
  private final Enrolments enrolments;
  private final Clock clock;

  ReportPages(
      Pages pages,
      Organisations organisations,
      OutcomeReports reports,
      Enrolments enrolments,
      Clock clock) {
    this.pages = pages;
    this.organisations = organisations;
    this.reports = reports;
    this.enrolments = enrolments;
    this.clock = clock;
  }

  /**
   * One report.
   *
   * @param service the service's id, empty for the organisation
   * @param serviceName its name
   * @param services the choices of service, the organisation first
   * @param periods the choices of period
   * @param from the period's first day
   * @param to the period's last day
   * @param custom true when the period is two dates, not one of the choices
   * @param title the report's kind and period, e.g. "Kvartalsrapport 2026-Q2"
   * @param notes what a reader must know before the figures: the release rule, a period not over
   * @param outcomes the outcome table
   * @param withheld the small-numbers rule, empty when nothing is withheld
   * @param targets the targets table, no rows when there are none or they would give a cell away
   * @param pdf the PDF's address
   * @param csv the CSV's address
   * @param cohort the service's progression page, empty for the organisation
   * @param more the rest of what the period has, label and address: the service's survey and
   *     fidelity, IPS's outcome per quarter beside the fidelity of the time (CSV), the support per
   *     enrolment for SUS (CSV, a handledare's)
   * @param ipsChart the address of IPS's outcome per quarter beside the fidelity score, drawn;
   *     empty for the organisation or a period that is not whole quarters
   * @param dates true when the reader may choose two dates (an analyst reads whole periods only)
   * @param targetForm per measure: its code, name, "≥" or "≤", the value (percent for a share),
   *     whether it is a share
   */
  public record ReportView(
      String service,
      String serviceName,
      List<Views.Choice> services,
      List<Views.Choice> periods,
      String from,
      String to,
      boolean custom,
      String title,
      List<String> notes,
      Views.Table outcomes,
      String withheld,
      Views.Table targets,
      String pdf,
      String csv,
      String cohort,
      List<List<String>> more,
      String ipsChart,
      boolean dates,
      List<List<String>> targetForm) {}

  public void reports(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    boolean sv = lang == Language.SV;
    LocalDate today = LocalDate.now(clock);
    List<Service> services = organisations.services(me, me.organisation());
    Optional<ServiceId> service =
        Optional.ofNullable(ctx.queryParam("service"))
            .filter(x -> !x.isBlank())
            .map(x -> field("/service", () -> ServiceId.of(x)));
    List<Views.Choice> periodChoices = new ArrayList<>();
    List<String[]> periods = me.analystOnly() ? released(today) : recent(today);
    String chosen = Optional.ofNullable(ctx.queryParam("period")).orElse("");
    boolean custom = !me.analystOnly() && ctx.queryParam("from") != null && chosen.isBlank();
    String[] period =
        periods.stream()
            .filter(x -> x[0].equals(chosen))
            .findFirst()
            .orElse(periods.isEmpty() ? null : periods.get(0));
    LocalDate from;
    LocalDate to;
    if (custom) {
      from = field("/from", () -> parseDate(ctx.queryParam("from")));
      to = field("/to", () -> parseDate(Optional.ofNullable(ctx.queryParam("to")).orElse("")));
    } else if (period != null) {
      from = LocalDate.parse(period[1]);
      to = LocalDate.parse(period[2]);
    } else {
      // An analyst before the first period is released: nothing to show yet, and why.
      pages.message(ctx, 200, reports.releases().rule().in(lang));
      return;
    }
    for (String[] x : periods) {
      periodChoices.add(new Views.Choice(x[0], label(x[0], lang), !custom && x == period));
    }
    OutcomeReports.Report r =
        reports.report(me, me.organisation(), service, ReportTerms.of(from, to));
    String name =
        service
            .map(id -> serviceName(services, id))
            .orElse(sv ? "Hela organisationen" : "The whole organisation");
    List<Views.Choice> serviceChoices = new ArrayList<>();
    serviceChoices.add(
        new Views.Choice(
            "", sv ? "Hela organisationen" : "The whole organisation", service.isEmpty()));
    services.forEach(
        x ->
            serviceChoices.add(
                new Views.Choice(
                    x.id().value(), x.name(), service.map(x.id()::equals).orElse(false))));
    List<String> notes = new ArrayList<>();
    if (me.analystOnly()) {
      notes.add(reports.releases().rule().in(lang));
    }
    if (!to.isBefore(today)) {
      notes.add(
          sv
              ? "Perioden är inte slut: siffrorna är preliminära och ändras när fler avslut och samtal"
                  + " registreras."
              : "The period is not over: the figures are preliminary and change as more closings and"
                  + " conversations are recorded.");
    }
    r.fixed().ifPresent(f -> notes.add(FixedReportViews.line(f, r.drift(), lang)));
    // The files speak the page's language (the remembered switch), not the browser's header.
    String query = "from=" + from + "&to=" + to + "&lang=" + lang.tag();
    Optional<String> chosenPeriod = Optional.ofNullable(period).filter(x -> !custom).map(x -> x[0]);
    String base =
        "/api/v1/organisations/"
            + me.organisation().value()
            + service.map(id -> "/services/" + id.value()).orElse("");
    Page p = pages.page(ctx, Msg.REPORTS);
    ReportView view =
        new ReportView(
            service.map(ServiceId::value).orElse(""),
            name,
            serviceChoices,
            periodChoices,
            from.toString(),
            to.toString(),
            custom,
            ReportTable.title(from, to, lang) + ": " + name,
            notes,
            outcomes(r, lang),
            r.suppressed().isEmpty() ? "" : SmallNumbers.rule(r.threshold()).in(lang),
            new Views.Table(
                sv ? "Mål för perioden" : "Targets for the period",
                List.of(
                    sv ? "Mått" : "Measure",
                    sv ? "Mål" : "Target",
                    sv ? "Utfall" : "Actual",
                    sv ? "Bedömning" : "Assessment"),
                ReportTable.targets(r, lang)),
            base + "/report.pdf?" + query,
            base + "/report.csv?" + query,
            service.isPresent() && (me.has(Role.ANALYST) || me.has(Role.HANDLEDARE))
                ? "/app/services/" + service.get().value() + "/cohort"
                : "",
            ReportLinks.more(me, service, chosenPeriod, base, query, lang),
            service.isPresent() && ReportLinks.wholeQuarters(from, to)
                ? base + "/ips-outcomes.svg?" + query
                : "",
            !me.analystOnly(),
            targetForm(r, lang));
    pages.render(ctx, 200, "reports.jte", Map.of("p", p, "r", view));
  }

  /** Every measure a target can be set for, with the period's target where it has one. */
  private static List<List<String>> targetForm(OutcomeReports.Report r, Language lang) {
    List<List<String>> rows = new ArrayList<>();
    for (Metric m : Metric.values()) {
      Optional<Target> t = r.targets().stream().filter(x -> x.metric() == m).findFirst();
      rows.add(
          List.of(
              m.name(),
              m.label().in(lang),
              t.map(x -> x.atLeast() ? "≥" : "≤").orElse("≥"),
              t.map(
                      x ->
                          se.skapa.core.common.Numbers.decimal(
                              m.isShare() ? x.value() * 100 : x.value(), 1, lang))
                  .orElse(""),
              Boolean.toString(m.isShare())));
    }
    return rows;
  }

  /**
   * Sets the period's targets of a service or the organisation (admin): a measure left empty has no
   * target; a share is typed in percent.
   */
  public void setTargets(Context ctx) {
    Actor me = session(ctx).account().actor();
    String serviceText = form(ctx, "service");
    String fromText = form(ctx, "from");
    String toText = form(ctx, "to");
    pages.change(
        ctx,
        () -> {
          List<Target> targets = new ArrayList<>();
          for (Metric m : Metric.values()) {
            String value = form(ctx, "target." + m.name());
            if (value.isEmpty()) {
              continue;
            }
            double typed = field("/targets/" + m.name(), () -> decimal(value)).doubleValue();
            targets.add(
                field(
                    "/targets/" + m.name(),
                    () ->
                        new Target(
                            m,
                            !"≤".equals(form(ctx, "cmp." + m.name())),
                            m.isShare() ? typed / 100 : typed)));
          }
          Optional<ServiceId> service =
              serviceText.isEmpty()
                  ? Optional.empty()
                  : Optional.of(field("/service", () -> ServiceId.of(serviceText)));
          enrolments.setTargets(
              me,
              me.organisation(),
              new TargetSet(
                  service,
                  field("/from", () -> parseDate(fromText)),
                  field("/to", () -> parseDate(toText)),
                  targets));
          return "/app/reports?service="
              + ParticipantPages.pathSegment(serviceText)
              + "&from="
              + fromText
              + "&to="
              + toText;
        });
  }

  private static Views.Table outcomes(OutcomeReports.Report r, Language lang) {
    List<List<String>> rows = new ArrayList<>();
    for (ReportTable.Row row : ReportTable.rows(r, lang)) {
      rows.add(
          List.of(
              row.label(),
              cell(row.count()),
              cell(row.denominator()),
              row.share().isPresent()
                  ? se.skapa.core.common.Numbers.decimal(row.share().getAsDouble(), 1, lang) + " %"
                  : "–",
              row.meaning()));
    }
    return new Views.Table(
        lang == Language.SV ? "Utfall" : "Outcomes", ReportTable.header(lang), rows);
  }

  private static String cell(ReportTable.Cell c) {
    if (c instanceof ReportTable.Count n) {
      return Long.toString(n.value());
    }
    return c instanceof ReportTable.Withheld w ? w.text() : "";
  }

  /** The last quarters, halves and years, newest first within each: name, first day, last day. */
  static List<String[]> recent(LocalDate today) {
    List<String[]> out = new ArrayList<>();
    int year = today.getYear();
    int quarter = (today.getMonthValue() - 1) / 3 + 1;
    for (int i = 0; i < QUARTERS; i++) {
      int q = quarter - i;
      int y = year + Math.floorDiv(q - 1, 4);
      out.add(row(SurveyPeriod.of(y + "-Q" + (Math.floorMod(q - 1, 4) + 1))));
    }
    int half = today.getMonthValue() <= 6 ? 1 : 2;
    for (int i = 0; i < HALVES; i++) {
      int h = half - i;
      int y = year + Math.floorDiv(h - 1, 2);
      out.add(row(SurveyPeriod.of(y + "-H" + (Math.floorMod(h - 1, 2) + 1))));
    }
    for (int i = 0; i < YEARS; i++) {
      out.add(row(SurveyPeriod.of(Integer.toString(year - i))));
    }
    return out;
  }

  private List<String[]> released(LocalDate today) {
    return reports.releases().released(today, 8).stream()
        .map(
            (ReleaseCalendar.Period x) ->
                new String[] {x.name(), x.from().toString(), x.to().toString()})
        .toList();
  }

  private static String[] row(SurveyPeriod p) {
    return new String[] {p.name(), p.from().toString(), p.to().toString()};
  }

  /** A period's name as a person reads it: "2026-Q2" is "kvartal 2 2026". */
  static String label(String name, Language lang) {
    boolean sv = lang == Language.SV;
    if (name.contains("-Q")) {
      return (sv ? "Kvartal " : "Quarter ")
          + name.substring(name.length() - 1)
          + " "
          + name.substring(0, 4);
    }
    if (name.contains("-H")) {
      return (sv ? "Halvår " : "Half year ")
          + name.substring(name.length() - 1)
          + " "
          + name.substring(0, 4);
    }
    return (sv ? "År " : "Year ") + name;
  }
}
