package se.skapa.rest.print;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Service;
import se.skapa.app.register.OutcomeReports;
import se.skapa.app.review.FidelityReviews;
import se.skapa.app.review.StoredReview;
import se.skapa.core.chart.FidelityChart;
import se.skapa.core.chart.SpiderChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Respondent;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.insights.WorkAnalysis;
import se.skapa.rest.UseCases;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.responses.CohortTable;
import se.skapa.rest.responses.FixedReportViews;
import se.skapa.rest.responses.ReportTable;
import se.skapa.rest.responses.WorkInsights;

/**
 * The printable reports a styrgrupp reads on paper: one PDF per service (outcomes, targets, the
 * survey, the cohort's SKAPA spider and the latest fidelity review) and one for the organisation
 * (its own outcomes and targets, then each service). The same figures as the JSON and CSV reports,
 * with the same withholding of small numbers from analysts.
 */
public final class PrintRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final UseCases u;
  private final InstrumentCatalog catalog;

  public PrintRoutes(UseCases u, InstrumentCatalog catalog) {
    this.u = u;
    this.catalog = catalog;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get(ORG + "/services/{service}/report.pdf", Access.MEMBER, this::servicePdf);
    r.get(ORG + "/report.pdf", Access.MEMBER, this::organisationPdf);
  }

  public void servicePdf(Context ctx) {
    ServiceId service = serviceParam(ctx);
    ReportPeriod p = orderedPeriod(ctx);
    Language lang = Lang.of(ctx);
    Actor actor = actor(ctx);
    Service s =
        u.organisations().services(actor, org(ctx)).stream()
            .filter(x -> x.id().equals(service))
            .findFirst()
            .orElseThrow(() -> StoredModeException.notFound("no service '" + service + "'"));
    String title = ReportTable.title(p.from(), p.to(), lang) + ": " + s.name();
    Pdf pdf = new Pdf(title, lang);
    pdf.heading(title, 1);
    pdf.paragraph(intro(u.organisations().organisation(actor, org(ctx)).name(), p, lang));
    serviceSections(pdf, actor, org(ctx), s, p, lang, 2);
    send(ctx, pdf, "skapa-rapport-" + service + "-" + p.from() + "-" + p.to() + ".pdf");
  }

  public void organisationPdf(Context ctx) {
    ReportPeriod p = orderedPeriod(ctx);
    Language lang = Lang.of(ctx);
    Actor actor = actor(ctx);
    OrganisationId org = org(ctx);
    String name = u.organisations().organisation(actor, org).name();
    String title = ReportTable.title(p.from(), p.to(), lang) + ": " + name;
    Pdf pdf = new Pdf(title, lang);
    pdf.heading(title, 1);
    pdf.paragraph(intro(name, p, lang));
    outcomes(pdf, actor, org, Optional.empty(), p, lang, 2);
    insights(pdf, actor, org, p, lang);
    for (Service s : u.organisations().services(actor, org)) {
      pdf.heading(s.name(), 2);
      serviceSections(pdf, actor, org, s, p, lang, 3);
    }
    send(ctx, pdf, "skapa-rapport-" + org + "-" + p.from() + "-" + p.to() + ".pdf");
  }

  /**
   * What precedes work in the organisation's data, printed when at least one indicator has an
   * estimate: the forest plot, how to read it, each indicator's sentence.
   */
  private void insights(Pdf pdf, Actor actor, OrganisationId org, ReportPeriod p, Language lang) {
    Instrument instrument = catalog.find(DEFAULT_INSTRUMENT).orElseThrow();
    WorkAnalysis result =
        WorkInsights.analyse(
            u.workSeries(),
            actor,
            org,
            Optional.empty(),
            instrument,
            p.from(),
            p.to(),
            u.progression().smallNumbers(org));
    if (!WorkInsights.carries(result)) {
      return;
    }
    pdf.heading(WorkInsights.TITLE.in(lang), 2);
    pdf.paragraph(WorkInsights.READING.in(lang));
    pdf.figure(WorkInsights.forest(result, lang), 480);
    for (var i : result.indicators()) {
      if (i.change().isPresent()) {
        pdf.paragraph(i.sentence(result.options().horizonMonths(), lang));
      }
    }
  }

  private static String intro(String organisation, ReportPeriod p, Language lang) {
    return lang == Language.EN
        ? organisation
            + ", "
            + p.from()
            + " – "
            + p.to()
            + ". Produced by SKAPA from the stored register; a participant is closed when the closing is recorded."
        : organisation
            + ", "
            + p.from()
            + " – "
            + p.to()
            + ". Framtagen av SKAPA ur det lagrade registret; en deltagare räknas som avslutad när avslutet är registrerat.";
  }

  private void serviceSections(
      Pdf pdf,
      Actor actor,
      OrganisationId org,
      Service s,
      ReportPeriod p,
      Language lang,
      int level) {
    boolean en = lang == Language.EN;
    outcomes(pdf, actor, org, Optional.of(s.id()), p, lang, level);
    survey(pdf, actor, org, s, p, lang, level);
    if ((actor.has(Role.ANALYST) || actor.has(Role.HANDLEDARE))
        && !u.progression().answers(actor, p.from(), p.to())) {
      pdf.heading(en ? "Progression on SKAPA" : "Progression enligt SKAPA", level);
      pdf.paragraph(u.progression().releases().rule().in(lang));
    } else if (actor.has(Role.ANALYST) || actor.has(Role.HANDLEDARE)) {
      Instrument instrument = catalog.find(DEFAULT_INSTRUMENT).orElseThrow();
      CohortReport cohort =
          u.progression()
              .cohort(
                  actor,
                  org,
                  s.id(),
                  DEFAULT_INSTRUMENT,
                  Respondent.PARTICIPANT,
                  p.from(),
                  Optional.of(p.to()),
                  Optional.of(p.to()));
      pdf.heading(en ? "Progression on SKAPA" : "Progression enligt SKAPA", level);
      if (cohort.participantsWithTwoOrMore() == 0) {
        pdf.paragraph(
            en
                ? "No participant has two self-ratings in the period."
                : "Ingen deltagare har två självskattningar under perioden.");
      } else if (actor.analystOnly()
          && cohort.indicators().stream().noneMatch(i -> i.participants() > 0)) {
        // The use case withheld every indicator from the analyst: say the rule instead of an empty
        // spider.
        pdf.paragraph(SmallNumbers.rule(u.progression().smallNumbers(org)).in(lang));
      } else {
        // The whole text width, and the values beside it: a spider read on paper needs both.
        pdf.figure(SpiderChart.drawCohort(instrument, cohort, s.name(), lang), Float.MAX_VALUE);
        pdf.table(
            CohortTable.header(lang),
            CohortTable.rows(cohort, instrument, lang),
            new float[] {0.32f, 0.12f, 0.14f, 0.14f, 0.14f, 0.14f});
      }
    }
    fidelity(pdf, actor, org, s, p, lang, level);
    // The register's figures and BIP's signals are read by those who work with or analyse the
    // service; an admin alone (a samordnare's account, say) prints the rest rather than a 403.
    if (actor.has(Role.ANALYST) || actor.has(Role.HANDLEDARE)) {
      IpsSection.print(
          pdf, u.registerReports(), u.reviews(), actor, org, s, p.from(), p.to(), lang, level);
      QualitySection.print(pdf, u.qualitySignals(), actor, org, s, p, lang, level);
    }
  }

  /** The outcome section; for an analyst outside a released period, the rule instead. */
  private void outcomes(
      Pdf pdf,
      Actor actor,
      OrganisationId org,
      Optional<ServiceId> service,
      ReportPeriod p,
      Language lang,
      int level) {
    if (!u.outcomeReports().answers(actor, p.from(), p.to())) {
      pdf.heading(lang == Language.EN ? "Outcomes" : "Resultat", level);
      pdf.paragraph(u.outcomeReports().releases().rule().in(lang));
      return;
    }
    outcomes(
        pdf,
        u.outcomeReports().report(actor, org, service, ReportTerms.of(p.from(), p.to())),
        lang,
        level);
  }

  private static void outcomes(Pdf pdf, OutcomeReports.Report r, Language lang, int level) {
    boolean en = lang == Language.EN;
    pdf.heading(en ? "Outcomes" : "Resultat", level);
    List<List<String>> rows = new ArrayList<>();
    for (ReportTable.Row row : ReportTable.rows(r, lang)) {
      rows.add(
          List.of(
              row.label(),
              cell(row.count(), lang),
              cell(row.denominator(), lang),
              row.share().isPresent() ? Numbers.decimal(row.share().getAsDouble(), 1, lang) : "",
              row.meaning()));
    }
    pdf.table(ReportTable.header(lang), rows, new float[] {0.34f, 0.1f, 0.11f, 0.11f, 0.34f});
    if (r.report().meanDaysClosed().isPresent() && !r.suppressed().contains("meanDaysClosed")) {
      pdf.paragraph(
          (en ? "Mean time to closing: " : "Medeltid till avslut: ")
              + Numbers.decimal(r.report().meanDaysClosed().getAsDouble(), 1, lang)
              + (en ? " days." : " dagar."));
    }
    if (!r.suppressed().isEmpty()) {
      pdf.note(SmallNumbers.rule(r.threshold()).in(lang));
    }
    r.fixed().ifPresent(f -> pdf.note(FixedReportViews.line(f, r.drift(), lang)));
    List<List<String>> targets = ReportTable.targets(r, lang);
    if (!targets.isEmpty()) {
      pdf.heading(en ? "Targets" : "Mål", level + 1);
      pdf.table(
          en ? List.of("Target", "Value", "Actual", "") : List.of("Mål", "Målvärde", "Utfall", ""),
          targets,
          new float[] {0.5f, 0.17f, 0.17f, 0.16f});
    }
  }

  private void survey(
      Pdf pdf,
      Actor actor,
      OrganisationId org,
      Service s,
      ReportPeriod p,
      Language lang,
      int level) {
    SurveyPeriod period = SurveyPeriod.covering(p.from(), p.to());
    SurveySection.write(pdf, u.survey().report(actor, org, s.id(), period), period, lang, level);
  }

  private void fidelity(
      Pdf pdf,
      Actor actor,
      OrganisationId org,
      Service s,
      ReportPeriod p,
      Language lang,
      int level) {
    boolean en = lang == Language.EN;
    List<FidelityReviews.Scored> finals =
        u.reviews().list(actor, org, s.id()).stream()
            .filter(
                r ->
                    r.review().status() == StoredReview.Status.FINAL
                        && !r.review().review().date().isAfter(p.to()))
            .sorted(Comparator.comparing(r -> r.review().review().date()))
            .toList();
    if (finals.isEmpty()) {
      return;
    }
    pdf.heading(en ? "IPS fidelity" : "Programtrohet (IPS)", level);
    List<List<String>> rows = new ArrayList<>();
    for (FidelityReviews.Scored r : finals) {
      rows.add(
          List.of(
              r.result().date().toString(),
              r.result().total().getAsInt() + "/" + r.result().maximum(),
              r.result().band().map(b -> b.label().in(lang)).orElse("")));
    }
    pdf.table(
        en ? List.of("Review", "Total", "Level") : List.of("Granskning", "Totalt", "Nivå"),
        rows,
        new float[] {0.25f, 0.2f, 0.55f});
    FidelityReviews.Scored latest = finals.get(finals.size() - 1);
    pdf.figure(FidelityChart.draw(u.reviews().scale(), latest.result(), lang, s.name()), 480);
    // Two different people share the word: say which one item 8 means.
    pdf.note(
        en
            ? "Item 8, the supervisor's role, is about the supervisor of the employment specialists,"
                + " not the handledare who follows a participant on SKAPA."
            : "Punkt 8, handledarens roll, gäller arbetsspecialisternas handledare, inte den handledare"
                + " som följer en deltagare i SKAPA.");
    if (!latest.review().actionPlan().isEmpty()) {
      pdf.heading(en ? "Action plan" : "Handlingsplan", level + 1);
      pdf.table(
          en
              ? List.of("Item", "Action", "Owner", "Due")
              : List.of("Punkt", "Åtgärd", "Ansvarig", "Klart"),
          latest.review().actionPlan().stream()
              .map(
                  a ->
                      List.<String>of(
                          Integer.toString(a.item()),
                          a.action(),
                          a.owner().value(),
                          String.valueOf(a.due())))
              .toList(),
          new float[] {0.1f, 0.56f, 0.18f, 0.16f});
    }
  }

  /** The answers that count as satisfied, in words: "4 eller 5" on SKAPA's 1–5 scale. */
  private static String cell(ReportTable.Cell cell, Language lang) {
    if (cell instanceof ReportTable.Count c) {
      return Numbers.decimal(c.value(), 0, lang);
    }
    return cell instanceof ReportTable.Withheld w ? w.text() : "";
  }

  private static void send(Context ctx, Pdf pdf, String filename) {
    byte[] bytes = pdf.bytes();
    ctx.contentType("application/pdf");
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ctx.header("Cache-Control", "no-store");
    ctx.result(bytes);
  }
}
