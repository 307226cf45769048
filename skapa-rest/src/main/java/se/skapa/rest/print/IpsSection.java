package se.skapa.rest.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.access.Service;
import se.skapa.app.register.RegisterReports;
import se.skapa.app.review.FidelityReviews;
import se.skapa.app.review.StoredReview;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.register.IpsOutcomes;
import se.skapa.core.survey.SurveyPeriod;

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
    List<FidelityReviews.Scored> finals =
        reviews.list(actor, org, s.id()).stream()
            .filter(r -> r.review().status() == StoredReview.Status.FINAL)
            .sorted(Comparator.comparing(r -> r.result().date()))
            .toList();
    List<List<String>> rows = new ArrayList<>();
    boolean worked = false;
    Set<String> withheld = Set.of();
    int threshold = SmallNumbers.DEFAULT_THRESHOLD;
    List<SurveyPeriod> quarters = SurveyPeriod.quartersWithin(from, to);
    List<RegisterReports.Withheld<IpsOutcomes>> all =
        quarters.isEmpty() ? List.of() : reports.ipsOutcomes(actor, org, s.id(), quarters);
    for (int k = 0; k < quarters.size(); k++) {
      SurveyPeriod q = quarters.get(k);
      RegisterReports.Withheld<IpsOutcomes> w = all.get(k);
      IpsOutcomes o = w.report();
      withheld = w.withheld();
      threshold = w.threshold();
      worked |= o.jobStarts() > 0 || o.workedCompetitively().count() > 0;
      Optional<FidelityReviews.Scored> fidelity =
          finals.stream().filter(r -> !r.result().date().isAfter(q.to())).reduce((a, b) -> b);
      rows.add(
          List.of(
              q.name(),
              count(o.served(), "served", w),
              withheld.contains("worked")
                  ? "< " + threshold
                  : o.workedCompetitively().count()
                      + o.workedCompetitively()
                          .percentOneDecimal()
                          .map(p -> " (" + p.toPlainString().replace('.', ',') + " %)")
                          .orElse(""),
              withheld.contains("worked") || !o.workedCompetitively().hasValue()
                  ? "–"
                  : o.band().label().in(lang),
              count(o.firstJobStarts(), "firstJobStarts", w),
              fidelity
                  .map(r -> r.result().total().getAsInt() + "/" + r.result().maximum())
                  .orElse("–")));
    }
    if (rows.isEmpty() || (!worked && finals.isEmpty())) {
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
    pdf.table(
        en
            ? List.of("Quarter", "Served", "Worked", "Benchmark", "First jobs", "Fidelity")
            : List.of(
                "Kvartal", "Inskrivna", "Arbetat", "Riktmärke", "Första jobb", "Programtrohet"),
        rows,
        new float[] {0.13f, 0.13f, 0.2f, 0.26f, 0.13f, 0.15f});
    if (!withheld.isEmpty()) {
      pdf.paragraph(SmallNumbers.rule(threshold).in(lang));
    }
  }

  private static String count(int value, String cell, RegisterReports.Withheld<IpsOutcomes> w) {
    return w.withheld().contains(cell) ? "< " + w.threshold() : Integer.toString(value);
  }
}
