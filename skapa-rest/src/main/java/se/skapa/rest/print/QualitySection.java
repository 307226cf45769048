package se.skapa.rest.print;

import java.util.ArrayList;
import java.util.List;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.access.Service;
import se.skapa.app.measurement.QualitySignalReports;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.register.QualitySignals;
import se.skapa.rest.http.Params.ReportPeriod;

/** A service's quality signals in print: each beside BIP's figure, small numbers withheld. */
final class QualitySection {

  private QualitySection() {}

  static void print(
      Pdf pdf,
      QualitySignalReports reports,
      Actor actor,
      OrganisationId org,
      Service s,
      ReportPeriod p,
      Language lang,
      int level) {
    if (!actor.has(Role.ANALYST) && !actor.has(Role.HANDLEDARE)) {
      return;
    }
    QualitySignalReports.Answer a =
        reports.signals(
            actor,
            org,
            s.id(),
            BuiltInInstruments.SKAPA_ID,
            BuiltInInstruments.HANDLEDARE_BELIEF,
            p.from(),
            p.to());
    QualitySignals q = a.signals();
    if (q.participants() == 0) {
      return;
    }
    boolean en = lang == Language.EN;
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            en
                ? "Participants with at least one change of handledare"
                : "Deltagare med minst ett byte av handledare",
            share(q.withAChange(), "withAChange", a, lang),
            Numbers.percent(QualitySignals.BIP_WITH_A_CHANGE, 0, lang)));
    rows.add(
        List.of(
            en ? "Participant-months without an intervention" : "Deltagarmånader utan insats",
            share(q.coverage().none(), "none", a, lang),
            Numbers.percent(QualitySignals.BIP_NO_INTERVENTION, 0, lang)));
    rows.add(
        List.of(
            en
                ? "Participant-months without a job-focused intervention"
                : "Deltagarmånader utan jobbinriktad insats",
            share(q.coverage().withoutJobFocused(), "withoutJobFocused", a, lang),
            "–"));
    rows.add(
        List.of(
            en ? "Participants with a break in follow-up" : "Deltagare med avbrott i uppföljningen",
            share(q.followUpBreak(), "followUpBreak", a, lang),
            "–"));
    pdf.heading(en ? "Quality signals" : "Kvalitetssignaler", level);
    pdf.paragraph(QualitySignals.BIP.in(lang));
    pdf.table(
        en ? List.of("Signal", "The service", "BIP") : List.of("Signal", "Verksamheten", "BIP"),
        rows,
        new float[] {0.55f, 0.3f, 0.15f});
    if (!a.withheld().isEmpty()) {
      pdf.paragraph(SmallNumbers.rule(a.threshold()).in(lang));
    }
  }

  private static String share(Share s, String cell, QualitySignalReports.Answer a, Language lang) {
    if (a.withheld().contains(cell) || a.withheld().contains("participants")) {
      return "< " + a.threshold();
    }
    return s.count()
        + " / "
        + s.denominator()
        + (s.hasValue() ? " (" + Numbers.percent(s.value(), 1, lang) + ")" : "");
  }
}
