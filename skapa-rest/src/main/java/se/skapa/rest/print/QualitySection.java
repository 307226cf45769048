package se.skapa.rest.print;

import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.access.Service;
import se.skapa.app.measurement.QualitySignalReports;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.BuiltInInstruments;
import se.skapa.core.register.QualitySignals;
import se.skapa.rest.http.Params.ReportPeriod;
import se.skapa.rest.responses.QualityTable;

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
    pdf.heading(QualityTable.CAPTION.in(lang), level);
    pdf.paragraph(QualitySignals.BIP.in(lang));
    pdf.table(
        QualityTable.header(lang), QualityTable.rows(a, lang), new float[] {0.55f, 0.3f, 0.15f});
    if (!a.withheld().isEmpty()) {
      pdf.paragraph(SmallNumbers.rule(a.threshold()).in(lang));
    }
  }
}
