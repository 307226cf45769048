package se.skapa.rest.print;

import java.time.LocalDate;
import java.util.List;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.access.Service;
import se.skapa.app.register.RegisterReports;
import se.skapa.app.review.FidelityReviews;
import se.skapa.core.chart.IpsOutcomesChart;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.rest.responses.IpsTimeline;

/**
 * A report's IPS outcomes per quarter beside the fidelity total of the time, so a styrgrupp reads
 * outcome and fidelity on one line. Printed for a service with a competitive job or a fidelity
 * review in the period.
 */
final class IpsSection {

  private IpsSection() {}

  static void print(
      Pdf pdf,
      RegisterReports reports,
      FidelityReviews reviews,
      Actor actor,
      OrganisationId org,
      Service s,
      LocalDate from,
      LocalDate to,
      Language lang,
      int level) {
    boolean en = lang == Language.EN;
    List<IpsTimeline.Quarter> quarters =
        IpsTimeline.read(
            reports, reviews, actor, org, s.id(), SurveyPeriod.quartersWithin(from, to));
    boolean worked = quarters.stream().anyMatch(IpsTimeline.Quarter::worked);
    boolean reviewed = quarters.stream().anyMatch(q -> q.fidelity().isPresent());
    if (quarters.isEmpty() || (!worked && !reviewed)) {
      return;
    }
    pdf.heading(en ? "IPS outcomes per quarter" : "IPS-resultat per kvartal", level);
    pdf.paragraph(
        en
            ? "Worked competitively: served participants who held a job on the open labour market on any"
                + " day of the quarter, against IPS Employment Center's benchmarks (31, 41 and 50 %); a first"
                + " job is the first such job since admission of at least 4 hours a week. Fidelity: the latest"
                + " final IPS-25 review by the quarter's end."
            : "Arbetat på öppna marknaden: inskrivna som hade en anställning på den öppna"
                + " arbetsmarknaden någon dag under kvartalet, mot IPS Employment Centers riktmärken (31, 41"
                + " och 50 %); ett första jobb är det första sådana sedan inskrivningen, minst 4 timmar i"
                + " veckan. Programtrohet: den senaste slutliga IPS-25-granskningen vid kvartalets slut.");
    pdf.figure(
        IpsOutcomesChart.draw(
            IpsTimeline.chart(quarters), quarters.get(0).outcomes().report().terms(), lang),
        480);
    pdf.table(
        IpsTimeline.header(lang),
        quarters.stream().map(q -> IpsTimeline.row(q, lang)).toList(),
        new float[] {0.1f, 0.09f, 0.12f, 0.09f, 0.16f, 0.11f, 0.09f, 0.1f, 0.14f});
    quarters.stream()
        .filter(q -> !q.outcomes().withheld().isEmpty())
        .findFirst()
        .ifPresent(q -> pdf.paragraph(SmallNumbers.rule(q.outcomes().threshold()).in(lang)));
  }
}
