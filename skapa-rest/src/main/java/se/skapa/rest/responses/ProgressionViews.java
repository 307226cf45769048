package se.skapa.rest.responses;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.CohortIndicator;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.IndexPoint;
import se.skapa.core.progression.IndicatorProgression;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.ParticipantProgression;
import se.skapa.core.progression.SeriesProgression;

/**
 * The JSON shape of a progression analysis and a cohort report. One place, because the stateless
 * routes and stored mode answer the same question the same way.
 */
public final class ProgressionViews {

  private ProgressionViews() {}

  public static Map<String, Object> analysis(
      ParticipantProgression p, Instrument instrument, Language lang) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("participant", p.participant().value());
    out.put("instrument", instrumentRef(instrument));
    out.put("series", p.series().stream().map(s -> series(s, instrument, lang)).toList());
    out.put("nextDue", p.followUp().nextDue());
    out.put("overdue", p.followUp().overdue());
    out.put("daysOverdue", p.followUp().daysOverdue());
    out.put("handledareChanges", p.handledareChanges());
    out.put("gaps", p.gaps());
    return out;
  }

  public static Map<String, Object> cohort(CohortReport r, Instrument instrument, Language lang) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("instrument", instrumentRef(instrument));
    out.put("respondent", r.respondent());
    out.put("participants", r.participants());
    out.put("participantsWithTwoOrMore", r.participantsWithTwoOrMore());
    out.put("indicators", r.indicators().stream().map(i -> indicator(i, lang)).toList());
    out.put("medianDaysBetween", r.medianDaysBetween());
    out.put("shareOverdue", r.shareOverdue());
    out.put("asOf", r.asOf());
    return out;
  }

  /** Why an indicator has no mean or share. */
  static final LocalizedText NOBODY_TWICE =
      LocalizedText.of(
          "ingen deltagare har svarat på indikatorn två gånger: 0 av 0 har inget medelvärde och"
              + " ingen andel",
          "no participant answered the indicator twice: 0 of 0 has no mean and no share");

  /**
   * One indicator of a cohort; with nobody who answered it twice, no mean and no share (a mean of 0
   * lies outside a 1–10 scale; 0 of 0 has no share), and the reason said.
   */
  private static Map<String, Object> indicator(CohortIndicator i, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    boolean none = i.participants() == 0;
    m.put("key", i.key());
    m.put("participants", i.participants());
    m.put("meanFirst", none ? null : i.meanFirst());
    m.put("meanLatest", none ? null : i.meanLatest());
    m.put("meanChange", none ? null : i.meanChange());
    m.put("shareImproved", none ? null : i.shareImproved());
    m.put("shareUnchanged", none ? null : i.shareUnchanged());
    m.put("shareDeclined", none ? null : i.shareDeclined());
    if (none) {
      m.put("note", NOBODY_TWICE.in(lang));
    }
    return m;
  }

  /**
   * A stored cohort as {@link #cohort(CohortReport, Instrument)}, stating the small-number rule
   * when the use case withheld indicators from an analyst (those the respondent rates but the
   * report leaves out).
   */
  public static Map<String, Object> cohort(
      CohortReport r, Instrument instrument, int threshold, Language lang) {
    Map<String, Object> out = cohort(r, instrument, lang);
    Set<String> shown = new HashSet<>();
    r.indicators().forEach(i -> shown.add(i.key()));
    List<String> withheld =
        instrument.indicatorsFor(r.respondent()).stream()
            .map(i -> i.key())
            .filter(k -> !shown.contains(k))
            .toList();
    if (!withheld.isEmpty()) {
      out.put(
          "suppression",
          Map.of(
              "threshold",
              threshold,
              "rule",
              SmallNumbers.rule(threshold).in(lang),
              "indicators",
              withheld));
    }
    return out;
  }

  public static Map<String, Object> instrumentRef(Instrument instrument) {
    return Map.of("id", instrument.id(), "version", instrument.version());
  }

  private static Map<String, Object> series(
      SeriesProgression s, Instrument instrument, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("respondent", s.respondent());
    m.put("measurements", s.measurements());
    m.put(
        "indicators",
        s.indicators().stream().map(i -> indicatorProgression(i, instrument, lang)).toList());
    m.put("overallIndex", s.overallIndex().stream().map(ProgressionViews::point).toList());
    return m;
  }

  private static Map<String, Object> indicatorProgression(
      IndicatorProgression i, Instrument instrument, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", i.key());
    m.put("label", instrument.indicator(i.key()).map(x -> x.labels().in(lang)).orElse(i.key()));
    m.put("answered", i.answered());
    m.put("first", i.first());
    m.put("firstDate", i.firstDate());
    m.put("latest", i.latest());
    m.put("latestDate", i.latestDate());
    m.put("change", i.change());
    m.put("changeShareOfRange", i.changeShareOfRange());
    // One answer has nothing to be compared with: no direction, and the label says why.
    m.put("direction", i.direction().orElse(null));
    m.put(
        "directionLabel",
        i.direction()
            .map(d -> d.label().in(lang))
            .orElse(
                lang == Language.SV
                    ? "ingen jämförelse (ett svar)"
                    : "no comparison (one answer)"));
    m.put("trendPerMonth", i.trendPerMonth());
    return m;
  }

  private static Map<String, Object> point(IndexPoint p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", p.date());
    m.put("value", p.value());
    m.put("answered", p.answered());
    return m;
  }
}
