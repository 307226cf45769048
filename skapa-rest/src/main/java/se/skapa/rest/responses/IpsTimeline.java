package se.skapa.rest.responses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.register.RegisterReports;
import se.skapa.app.review.FidelityReviews;
import se.skapa.app.review.StoredReview;
import se.skapa.core.chart.IpsOutcomesChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.register.IpsOutcomes;
import se.skapa.core.survey.SurveyPeriod;

/**
 * A service's IPS outcomes per quarter beside the fidelity total of the time: one reading for the
 * PDF's table, the CSV and the chart, so the three say the same.
 */
public final class IpsTimeline {

  private IpsTimeline() {}

  /**
   * One quarter.
   *
   * @param period the quarter
   * @param outcomes its outcomes, with what is withheld from the reader
   * @param fidelity the latest final review by the quarter's end
   */
  public record Quarter(
      SurveyPeriod period,
      RegisterReports.Withheld<IpsOutcomes> outcomes,
      Optional<FidelityReviews.Scored> fidelity) {

    /** {@return true if a job was held or started in the quarter} */
    public boolean worked() {
      IpsOutcomes o = outcomes.report();
      return o.jobStarts() > 0 || o.workedCompetitively().count() > 0;
    }

    /** {@return the fidelity total as {@code 98/125}, if there is one} */
    public Optional<String> fidelityTotal() {
      return fidelity.map(r -> r.result().total().getAsInt() + "/" + r.result().maximum());
    }

    private String count(int value, String cell) {
      return outcomes.withheld().contains(cell)
          ? "< " + outcomes.threshold()
          : Integer.toString(value);
    }

    private boolean shareShown() {
      return !outcomes.withheld().contains("worked")
          && outcomes.report().workedCompetitively().hasValue();
    }
  }

  /**
   * @param reports the register's reports; not null
   * @param reviews the fidelity reviews; not null
   * @param actor the reader; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param quarters the quarters, in order; not null
   * @return one per quarter, in order
   */
  public static List<Quarter> read(
      RegisterReports reports,
      FidelityReviews reviews,
      Actor actor,
      OrganisationId org,
      ServiceId service,
      List<SurveyPeriod> quarters) {
    if (quarters.isEmpty()) {
      return List.of();
    }
    List<FidelityReviews.Scored> finals =
        reviews.list(actor, org, service).stream()
            .filter(r -> r.review().status() == StoredReview.Status.FINAL)
            .sorted(Comparator.comparing(r -> r.result().date()))
            .toList();
    List<RegisterReports.Withheld<IpsOutcomes>> all =
        reports.ipsOutcomes(actor, org, service, quarters);
    List<Quarter> out = new ArrayList<>();
    for (int k = 0; k < quarters.size(); k++) {
      SurveyPeriod q = quarters.get(k);
      out.add(
          new Quarter(
              q,
              all.get(k),
              finals.stream().filter(r -> !r.result().date().isAfter(q.to())).reduce((a, b) -> b)));
    }
    return out;
  }

  /**
   * @param lang the reader's language; not null
   * @return the table's column names
   */
  public static List<String> header(Language lang) {
    return lang == Language.EN
        ? List.of(
            "Quarter",
            "Served",
            "Worked competitively",
            "Share (%)",
            "Benchmark",
            "Job starts",
            "First jobs",
            "90 days on the job",
            "Fidelity")
        : List.of(
            "Kvartal",
            "Inskrivna",
            "Arbetat på öppna marknaden",
            "Andel (%)",
            "Riktmärke",
            "Nya anställningar",
            "Första jobb",
            "90 dagar i jobbet",
            "Programtrohet");
  }

  /**
   * One quarter as table cells, numbers in the reader's form and withheld counts as {@code < 5}.
   *
   * @param q the quarter; not null
   * @param lang the reader's language; not null
   * @return the cells, as {@link #header} names them
   */
  public static List<String> row(Quarter q, Language lang) {
    IpsOutcomes o = q.outcomes().report();
    boolean shown = q.shareShown();
    return List.of(
        q.period().name(),
        q.count(o.served(), "served"),
        q.count(o.workedCompetitively().count(), "worked"),
        shown ? Numbers.decimal(o.workedCompetitively().value() * 100, 1, lang) : "–",
        shown ? o.band().label().in(lang) : "–",
        q.count(o.jobStarts(), "jobStarts"),
        q.count(o.firstJobStarts(), "firstJobStarts"),
        q.count(o.lasting(), "lasting"),
        q.fidelityTotal().orElse("–"));
  }

  /**
   * @param quarters the quarters; not null
   * @return the chart's quarters
   */
  public static List<IpsOutcomesChart.Quarter> chart(List<Quarter> quarters) {
    return quarters.stream()
        .map(
            q ->
                new IpsOutcomesChart.Quarter(
                    q.period().name(),
                    q.shareShown()
                        ? OptionalDouble.of(q.outcomes().report().workedCompetitively().value())
                        : OptionalDouble.empty(),
                    q.outcomes().withheld().contains("worked")
                        ? "< " + q.outcomes().threshold()
                        : "–",
                    q.fidelityTotal()))
        .toList();
  }
}
