package se.skapa.rest.register;

import static se.skapa.rest.http.Params.*;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.app.ServiceId;
import se.skapa.app.register.RegisterReports;
import se.skapa.app.register.SupportStore;
import se.skapa.core.common.Language;
import se.skapa.core.register.Support;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.SwedishCsv;

/** The support per enrolment as CSV for Swedish Excel, for a coordinator to carry over to SUS. */
final class SupportCsv {

  private SupportCsv() {}

  /**
   * What a coordinator carries over to SUS, one line per enrolment: key, service, dates, outcome,
   * support at entry and exit, and the follow-ups after closing, for Swedish Excel.
   */
  static void send(Context ctx, RegisterReports reports, Optional<ServiceId> service) {
    ReportPeriod period = orderedPeriod(ctx);
    LocalDate from = period.from();
    LocalDate to = period.to();
    RegisterReports.SupportLines export =
        reports.supportLines(actor(ctx), org(ctx), service, from, to);
    boolean en = Lang.of(ctx) == Language.EN;
    SwedishCsv csv = new SwedishCsv();
    for (String h :
        en
            ? new String[] {
              "service",
              "participant",
              "admitted",
              "closed",
              "outcome",
              "support at admission",
              "support at closing"
            }
            : new String[] {
              "verksamhet",
              "deltagare",
              "inskriven",
              "avslutad",
              "utfall",
              "försörjning vid inskrivning",
              "försörjning vid avslut"
            }) {
      csv.text(h);
    }
    // The follow-ups after closing the organisation has chosen, a column each.
    for (int m : export.afterClosingMonths()) {
      csv.text(m + (en ? " months after" : " månader efter"));
    }
    csv.end();
    for (RegisterReports.SupportLine l : export.lines()) {
      var e = l.enrolment().enrolment();
      csv.text(l.enrolment().service().value())
          .text(e.key().value())
          .text(e.admitted().toString())
          .text(e.closed().map(LocalDate::toString).orElse(""))
          .text(e.outcome().map(Enum::name).orElse(""))
          .text(sources(l.support().get(SupportStore.Moment.ADMISSION)))
          .text(sources(l.support().get(SupportStore.Moment.CLOSING)));
      for (int m : export.afterClosingMonths()) {
        csv.text(after(l, m));
      }
      csv.end();
    }
    csv.send(ctx, service.map(s -> "forsorjning-" + s.value()).orElse("forsorjning") + ".csv");
  }

  /** {@code FORSORJNINGSSTOD 1 + SJUKPENNING 0,5}: sources with their degree in Swedish form. */
  private static String sources(@Nullable List<Support> support) {
    if (support == null) {
      return "";
    }
    return support.stream()
        .map(s -> s.source().name() + " " + s.degree().toPlainString().replace('.', ','))
        .collect(java.util.stream.Collectors.joining(" + "));
  }

  private static String after(RegisterReports.SupportLine l, int months) {
    return l.afterClosing().stream()
        .filter(r -> r.followUp().monthsAfter() == months)
        .findFirst()
        .map(
            r ->
                r.followUp().date()
                    + " "
                    + r.followUp().status().name()
                    + (r.followUp().support().isEmpty()
                        ? ""
                        : ": " + sources(r.followUp().support())))
        .orElse("");
  }
}
