package se.skapa.rest.responses;

import java.util.ArrayList;
import java.util.List;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Numbers;
import se.skapa.core.progression.CohortIndicator;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.Instrument;

/**
 * A service's progression as the rows a person reads beside its spider, the same on the page and on
 * paper: per indicator, the participants answered twice, mean first, mean latest, mean change and
 * the share improved. An indicator withheld or answered twice by nobody shows dashes, never a mean
 * of nothing.
 */
public final class CohortTable {

  private static final List<LocalizedText> HEADER =
      List.of(
          LocalizedText.of("Indikator", "Indicator"),
          LocalizedText.of("Deltagare", "Participants"),
          LocalizedText.of("Medel första", "Mean first"),
          LocalizedText.of("Medel senaste", "Mean latest"),
          LocalizedText.of("Medelförändring", "Mean change"),
          LocalizedText.of("Andel förbättrade", "Share improved"));

  private CohortTable() {}

  /** {@return the column names in the reader's language} */
  public static List<String> header(Language lang) {
    return HEADER.stream().map(h -> h.in(lang)).toList();
  }

  /**
   * @param r the cohort report; not null
   * @param instrument its instrument, for the indicators' names; not null
   * @param lang the reader's language; not null
   * @return one row per indicator, its name first
   */
  public static List<List<String>> rows(CohortReport r, Instrument instrument, Language lang) {
    List<List<String>> rows = new ArrayList<>();
    for (CohortIndicator i : r.indicators()) {
      boolean none = i.participants() == 0;
      rows.add(
          List.of(
              instrument.indicator(i.key()).map(x -> x.labels().in(lang)).orElse(i.key()),
              Integer.toString(i.participants()),
              none ? "–" : Numbers.decimal(i.meanFirst(), 1, lang),
              none ? "–" : Numbers.decimal(i.meanLatest(), 1, lang),
              none ? "–" : Numbers.decimal(i.meanChange(), 1, lang),
              none ? "–" : Numbers.percent(i.shareImproved(), 1, lang)));
    }
    return rows;
  }
}
