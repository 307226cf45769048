package se.skapa.rest.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.core.common.Language;
import se.skapa.core.survey.SurveyPeriod;

/**
 * What a service's period has beside its outcome report, as the reports page links it: the survey,
 * the fidelity reviews, IPS's outcome per quarter, the support file for SUS, and whether the period
 * is whole quarters for the chart of work beside fidelity.
 */
final class ReportLinks {

  private ReportLinks() {}

  /** True when the period is whole quarters, as IPS's outcome per quarter needs. */
  static boolean wholeQuarters(LocalDate from, LocalDate to) {
    List<SurveyPeriod> q = SurveyPeriod.quartersWithin(from, to);
    return !q.isEmpty() && q.get(0).from().equals(from) && q.get(q.size() - 1).to().equals(to);
  }

  /** The rest of a period's reading, each a label and the page or file that has it. */
  static List<List<String>> more(
      Actor me,
      Optional<ServiceId> service,
      Optional<String> period,
      String base,
      String query,
      Language lang) {
    boolean sv = lang == Language.SV;
    List<List<String>> out = new ArrayList<>();
    service.ifPresent(
        s -> {
          period.ifPresent(
              x ->
                  out.add(
                      List.of(
                          sv
                              ? "Deltagarenkäten för perioden"
                              : "The participant survey for the period",
                          "/app/survey?service=" + s.value() + "&period=" + x)));
          out.add(
              List.of(
                  sv ? "Programtrohet (IPS): granskningarna" : "IPS fidelity: the reviews",
                  "/app/fidelity?service=" + s.value()));
          out.add(
              List.of(
                  sv
                      ? "IPS-utfall per kvartal bredvid programtroheten (CSV)"
                      : "IPS outcome per quarter beside fidelity (CSV)",
                  base + "/ips-outcomes.csv?" + query));
        });
    if (me.has(Role.HANDLEDARE)) {
      out.add(
          List.of(
              sv
                  ? "Försörjning per inskrivning, för SUS (CSV)"
                  : "What each enrolment lived on, for SUS (CSV)",
              base + "/support.csv?" + query));
    }
    return out;
  }
}
