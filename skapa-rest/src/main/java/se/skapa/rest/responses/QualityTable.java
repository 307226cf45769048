package se.skapa.rest.responses;

import java.util.List;
import se.skapa.app.measurement.QualitySignalReports;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Numbers;
import se.skapa.core.outcomes.Share;
import se.skapa.core.register.QualitySignals;

/**
 * A service's quality signals as a table a person reads, each beside BIP's figure, small numbers
 * withheld: one shape for the printed report and the service's page.
 */
public final class QualityTable {

  private QualityTable() {}

  /** The table's caption. */
  public static final LocalizedText CAPTION =
      LocalizedText.of("Kvalitetssignaler", "Quality signals");

  /**
   * @param lang the reader's language; not null
   * @return the column names
   */
  public static List<String> header(Language lang) {
    return lang == Language.EN
        ? List.of("Signal", "The service", "BIP")
        : List.of("Signal", "Verksamheten", "BIP");
  }

  /**
   * @param a the signals and what is withheld; not null
   * @param lang the reader's language; not null
   * @return one row per signal
   */
  public static List<List<String>> rows(QualitySignalReports.Answer a, Language lang) {
    boolean en = lang == Language.EN;
    QualitySignals q = a.signals();
    return List.of(
        List.of(
            en
                ? "Participants with at least one change of handledare"
                : "Deltagare med minst ett byte av handledare",
            share(q.withAChange(), "withAChange", a, lang),
            Numbers.percent(QualitySignals.BIP_WITH_A_CHANGE, 0, lang)),
        List.of(
            en ? "Participant-months without an intervention" : "Deltagarmånader utan insats",
            share(q.coverage().none(), "none", a, lang),
            Numbers.percent(QualitySignals.BIP_NO_INTERVENTION, 0, lang)),
        List.of(
            en
                ? "Participant-months without a job-focused intervention"
                : "Deltagarmånader utan jobbinriktad insats",
            share(q.coverage().withoutJobFocused(), "withoutJobFocused", a, lang),
            "–"),
        List.of(
            en ? "Participants with a break in follow-up" : "Deltagare med avbrott i uppföljningen",
            share(q.followUpBreak(), "followUpBreak", a, lang),
            "–"));
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
