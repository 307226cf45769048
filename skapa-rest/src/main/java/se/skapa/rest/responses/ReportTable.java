package se.skapa.rest.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import se.skapa.app.register.OutcomeReports;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.outcomes.Target;

/**
 * An outcome report as the rows a person reads, the same in the CSV for Excel and on the printed
 * page: a measure, its count, its denominator, its share in percent and what the denominator means.
 * A withheld cell ({@link SmallNumbers}) is the text {@code "< 5"} and its share is empty.
 */
public final class ReportTable {

  /** A cell's value: a whole count, or the text of a withheld one. */
  public sealed interface Cell permits Count, Withheld, Blank {}

  public record Count(long value) implements Cell {}

  public record Withheld(String text) implements Cell {}

  public record Blank() implements Cell {}

  /**
   * @param share the share in percent with one decimal, empty when withheld or 0 of 0
   * @param meaning what the denominator counts; empty for a plain count
   */
  public record Row(
      String label, Cell count, Cell denominator, OptionalDouble share, String meaning) {}

  private ReportTable() {}

  /** The column names in the chosen language. */
  public static List<String> header(Language lang) {
    boolean sv = lang == Language.SV;
    return List.of(
        sv ? "Mått" : "Measure",
        sv ? "Antal" : "Count",
        sv ? "Nämnare" : "Denominator",
        sv ? "Andel (%)" : "Share (%)",
        sv ? "Nämnarens innebörd" : "Denominator means");
  }

  public static List<Row> rows(OutcomeReports.Report r, Language lang) {
    boolean sv = lang == Language.SV;
    OutcomeReport o = r.report();
    List<Row> rows = new ArrayList<>();
    rows.add(
        count(
            r,
            sv ? "Inskrivna under perioden" : "Admitted in the period",
            "admitted",
            o.admitted()));
    rows.add(
        count(r, sv ? "Avslutade under perioden" : "Closed in the period", "closed", o.closed()));
    rows.add(
        count(
            r,
            sv ? "Aktiva vid periodens slut" : "Active at the end",
            "activeAtEnd",
            o.activeAtEnd()));
    for (var c : o.outcomes()) {
      rows.add(share(r, c.outcome().label().in(lang), "outcomes/" + c.outcome(), c.share(), lang));
    }
    rows.add(
        share(
            r,
            sv ? "Arbete eller studier" : "Work or studies",
            "workOrStudies",
            o.workOrStudies(),
            lang));
    rows.add(
        share(
            r,
            sv
                ? "Arbete, studier eller annan varaktig lösning"
                : "Work, studies or another lasting solution",
            "lasting",
            o.lasting(),
            lang));
    rows.add(
        share(
            r,
            sv
                ? "Kontaktade inom " + o.contactDays() + " dagar"
                : "Contacted within " + o.contactDays() + " days",
            "contactedWithinDays",
            o.contactedWithinDays(),
            lang));
    rows.add(
        share(
            r,
            sv ? "Med handlingsplan" : "With an action plan",
            "actionPlan",
            o.actionPlan(),
            lang));
    rows.add(
        share(
            r,
            sv
                ? "Arbetat under perioden (anställning registrerad)"
                : "Worked during the period (a job recorded)",
            "workedDuring",
            r.workedDuring(),
            lang));
    return rows;
  }

  /**
   * The targets held against the report, as people read them: label, target ({@code ≥ 40 %}),
   * actual and met or not. None when cells are withheld: an actual would give one away.
   */
  public static List<List<String>> targets(OutcomeReports.Report r, Language lang) {
    boolean sv = lang == Language.SV;
    List<List<String>> out = new ArrayList<>();
    if (!r.suppressed().isEmpty()) {
      return out;
    }
    for (Target t : r.targets()) {
      Target.Evaluation e = t.evaluate(r.report());
      out.add(
          List.of(
              t.metric().label().in(lang),
              (t.atLeast() ? "≥ " : "≤ ") + t.metric().show(t.value(), 0, lang),
              e.actual().isPresent() ? t.metric().show(e.actual().getAsDouble(), 1, lang) : "–",
              e.met() ? (sv ? "uppnått" : "met") : (sv ? "ej uppnått" : "not met")));
    }
    return out;
  }

  private static Row count(OutcomeReports.Report r, String label, String cell, int count) {
    return new Row(
        label,
        r.suppressed().contains(cell) ? new Withheld("< " + r.threshold()) : new Count(count),
        new Blank(),
        OptionalDouble.empty(),
        "");
  }

  private static Row share(
      OutcomeReports.Report r, String label, String cell, Share s, Language lang) {
    if (r.suppressed().contains(cell)) {
      Cell denominator =
          SmallNumbers.small(s.denominator(), r.threshold())
              ? new Withheld("< " + r.threshold())
              : new Count(s.denominator());
      return new Row(
          label,
          new Withheld("< " + r.threshold()),
          denominator,
          OptionalDouble.empty(),
          s.denominatorName().in(lang));
    }
    return new Row(
        label,
        new Count(s.count()),
        new Count(s.denominator()),
        s.denominator() == 0 ? OptionalDouble.empty() : OptionalDouble.of(s.value() * 100),
        s.denominatorName().in(lang));
  }
}
