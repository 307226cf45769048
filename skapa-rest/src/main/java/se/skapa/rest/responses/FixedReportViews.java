package se.skapa.rest.responses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.skapa.app.ServiceId;
import se.skapa.app.register.FixedReport;
import se.skapa.app.register.ReportDrift;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;

/** A fixed (fastställd) outcome report, and how a later run differs from it, as JSON and text. */
public final class FixedReportViews {

  private FixedReportViews() {}

  /** Why a later run can differ from a fixed report. */
  public static final LocalizedText WHY =
      LocalizedText.of(
          "En rapport som fastställts står kvar som den fastställdes. Dagens körning av samma period"
              + " kan skilja sig när uppgifter registrerats eller rättats efter att den"
              + " fastställdes, eller när deltagare raderats eller gallrats.",
          "A fixed report stays as it was fixed. Today's run of the same period can differ when"
              + " records were added or corrected after it was fixed, or participants erased or"
              + " culled (gallring).");

  /**
   * The whole fixed report: who fixed it and when, and its figures as issued.
   *
   * @param f the report; not null
   * @param lang the reader's language; not null
   * @return the JSON object
   */
  public static Map<String, Object> fixed(FixedReport f, Language lang) {
    Map<String, Object> out = summary(f);
    out.put("report", OutcomeViews.report(f.report(), lang, Set.of(), 0));
    out.put(
        "workedDuring", OutcomeViews.share("workedDuring", f.workedDuring(), lang, Set.of(), 0));
    out.put("targets", OutcomeViews.targets(f.targets(), f.report(), lang));
    return out;
  }

  /**
   * Who fixed a report and when, without its figures.
   *
   * @param f the report; not null
   * @return the JSON object
   */
  public static Map<String, Object> summary(FixedReport f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", f.id().toString());
    out.put("service", f.service().map(ServiceId::value).orElse(null));
    out.put("from", f.terms().from());
    out.put("to", f.terms().to());
    out.put("fixedAt", f.fixedAt().toString());
    out.put("fixedBy", f.fixedBy());
    out.put("fixedAtRelease", f.fixedAtRelease());
    return out;
  }

  /**
   * How today's run differs from the fixed report.
   *
   * @param d the drift; not null
   * @param lang the reader's language; not null
   * @return the JSON object
   */
  public static Map<String, Object> drift(ReportDrift d, Language lang) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "differences",
        d.differences().stream()
            .map(
                x -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("cell", x.cell());
                  m.put("fixed", x.fixed());
                  m.put("now", x.now());
                  return m;
                })
            .toList());
    out.put("enrolmentsThen", d.enrolmentsThen());
    out.put("enrolmentsNow", d.enrolmentsNow());
    out.put("writtenSince", d.writtenSince());
    out.put("explanation", WHY.in(lang));
    return out;
  }

  /**
   * One line for a printed report or a CSV: fixed when and by whom, and whether today's run
   * differs.
   *
   * @param f the fixed report; not null
   * @param drift how today's run differs, when the reader may see it; not null
   * @param lang the reader's language; not null
   * @return the line
   */
  public static String line(FixedReport f, Optional<ReportDrift> drift, Language lang) {
    boolean sv = lang == Language.SV;
    String day = f.fixedAt().toString().substring(0, 10);
    String who =
        f.fixedAtRelease()
            ? (sv ? "vid utlämnandet till analytiker" : "at its release to analysts")
            : (sv ? "av " : "by ") + f.fixedBy();
    String head = (sv ? "Fastställd " : "Fixed ") + day + " " + who + ".";
    if (drift.isEmpty()) {
      return head;
    }
    if (drift.get().none()) {
      return head
          + (sv ? " Dagens körning ger samma siffror." : " Today's run gives the same figures.");
    }
    String changes =
        drift.get().differences().stream()
            .map(
                x ->
                    ReportTable.label(x.cell(), f.terms().contactDays(), lang)
                        + " "
                        + x.fixed()
                        + " → "
                        + x.now())
            .collect(Collectors.joining(", "));
    return head
        + (sv ? " Dagens körning skiljer sig: " : " Today's run differs: ")
        + changes
        + ". "
        + WHY.in(lang);
  }
}
