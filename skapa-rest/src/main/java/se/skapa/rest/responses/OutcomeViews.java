package se.skapa.rest.responses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.outcomes.Target;

/**
 * The JSON shape of an outcome report and of targets held against it: the stateless and the stored
 * routes answer alike.
 */
public final class OutcomeViews {

  private OutcomeViews() {}

  public static List<Map<String, Object>> targets(
      List<Target> targets, OutcomeReport report, Language lang) {
    return targets.stream()
        .map(
            t -> {
              Target.Evaluation e = t.evaluate(report);
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("metric", t.metric());
              m.put("label", t.metric().label().in(lang));
              m.put("comparison", t.atLeast() ? "AT_LEAST" : "AT_MOST");
              m.put("target", t.value());
              m.put("actual", e.actual());
              m.put("met", e.met());
              m.put("gap", e.gap());
              return m;
            })
        .toList();
  }

  public static Map<String, Object> report(OutcomeReport r, Language lang) {
    return report(r, lang, Set.of(), 0);
  }

  /**
   * The report with the withheld cells ({@link se.skapa.core.outcomes.SmallNumbers}) shown as
   * {@code "< threshold"}, their shares as null, and the rule stated.
   *
   * @param suppressed cell names; empty for a report that withholds nothing
   */
  public static Map<String, Object> report(
      OutcomeReport r, Language lang, Set<String> suppressed, int threshold) {
    Cells cells = new Cells(suppressed, threshold);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", r.from());
    out.put("to", r.to());
    out.put("activeAtEnd", cells.count("activeAtEnd", r.activeAtEnd()));
    out.put("admitted", cells.count("admitted", r.admitted()));
    out.put("closed", cells.count("closed", r.closed()));
    out.put("closingRule", r.closingRule());
    out.put(
        "outcomes",
        r.outcomes().stream()
            .map(
                o -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("outcome", o.outcome());
                  m.put("label", o.outcome().label().in(lang));
                  m.put("share", cells.share("outcomes/" + o.outcome(), o.share(), lang));
                  m.put(
                      "subsidised",
                      cells.count("outcomes/" + o.outcome() + "/subsidised", o.subsidised()));
                  return m;
                })
            .toList());
    out.put("workOrStudies", cells.share("workOrStudies", r.workOrStudies(), lang));
    out.put("lasting", cells.share("lasting", r.lasting(), lang));
    out.put(
        "meanDaysClosed",
        suppressed.contains("meanDaysClosed") ? OptionalDouble.empty() : r.meanDaysClosed());
    out.put(
        "medianDaysClosed",
        suppressed.contains("medianDaysClosed") ? OptionalDouble.empty() : r.medianDaysClosed());
    out.put("staffFullTimeEquivalents", r.staffFullTimeEquivalents());
    out.put(
        "participantsPerStaff",
        suppressed.contains("participantsPerStaff")
            ? OptionalDouble.empty()
            : r.participantsPerStaff());
    out.put("contactDays", r.contactDays());
    out.put(
        "contactedWithinDays", cells.share("contactedWithinDays", r.contactedWithinDays(), lang));
    out.put("actionPlan", cells.share("actionPlan", r.actionPlan(), lang));
    if (!suppressed.isEmpty() || threshold > 0) {
      out.put(
          "suppression",
          Map.of(
              "threshold",
              threshold,
              "rule",
              SmallNumbers.rule(threshold).in(lang),
              "cells",
              List.copyOf(suppressed)));
    }
    return out;
  }

  /**
   * A share of a report's, withheld as the report's cells are.
   *
   * @param cell the cell's name among the withheld
   * @param s the share
   * @param lang the reader's language
   * @param suppressed the cells withheld
   * @param threshold the small-numbers threshold
   * @return the share's fields
   */
  public static Map<String, Object> share(
      String cell, Share s, Language lang, Set<String> suppressed, int threshold) {
    return new Cells(suppressed, threshold).share(cell, s, lang);
  }

  /**
   * Withheld cells, rendered: a small count as "< threshold", a withheld share without its value.
   */
  private record Cells(Set<String> suppressed, int threshold) {
    Object count(String cell, int count) {
      return suppressed.contains(cell) ? "< " + threshold : count;
    }

    Map<String, Object> share(String cell, Share s, Language lang) {
      if (!suppressed.contains(cell)) {
        return OutcomeViews.share(s, lang);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", "< " + threshold);
      m.put(
          "denominator",
          SmallNumbers.small(s.denominator(), threshold) ? "< " + threshold : s.denominator());
      m.put("denominatorName", s.denominatorName().in(lang));
      m.put("value", null);
      m.put("percent", null);
      return m;
    }
  }

  private static Map<String, Object> share(Share s, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", s.count());
    m.put("denominator", s.denominator());
    m.put("denominatorName", s.denominatorName().in(lang));
    m.put("value", s.hasValue() ? s.value() : null);
    m.put("percent", s.hasValue() ? s.percent() : null);
    m.put("percentOneDecimal", s.percentOneDecimal().orElse(null));
    if (!s.hasValue()) {
      m.put("reason", Share.NO_SHARE.in(lang));
    }
    return m;
  }
}
