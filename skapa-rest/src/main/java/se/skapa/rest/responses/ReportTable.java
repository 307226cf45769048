package se.skapa.rest.responses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import se.skapa.app.register.OutcomeReports;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.outcomes.Target;
import se.skapa.core.survey.SurveyPeriod;

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

  /**
   * A report's kind and period: Helårs-, delårs- or kvartalsrapport when the period is exactly a
   * year, a half year or a quarter, otherwise the two dates. The PDF's title and the reports page
   * say it alike.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @param lang the reader's language
   * @return the title
   */
  public static String title(LocalDate from, LocalDate to, Language lang) {
    SurveyPeriod s = SurveyPeriod.covering(from, to);
    boolean en = lang == Language.EN;
    if (!s.from().equals(from) || !s.to().equals(to)) {
      return (en ? "Report " : "Rapport ") + from + " – " + to;
    }
    if (s.name().contains("Q")) {
      return (en ? "Quarterly report " : "Kvartalsrapport ") + s.name();
    }
    return s.name().contains("H")
        ? (en ? "Interim report " : "Delårsrapport ") + s.name()
        : (en ? "Annual report " : "Helårsrapport ") + s.name();
  }

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

  /**
   * A cell's name for a person, the one place a cell of the outcome report gets its words: the
   * table's rows and the line saying how a run differs from a fixed report use it alike.
   *
   * @param cell the cell, named as {@code SmallNumbers.suppressed} names it
   * @param contactDays the report's N of "contacted within N days"
   * @param lang the reader's language
   * @return the name
   */
  public static String label(String cell, int contactDays, Language lang) {
    boolean sv = lang == Language.SV;
    if (cell.startsWith("outcomes/")) {
      return OutcomeType.valueOf(cell.substring("outcomes/".length())).label().in(lang);
    }
    return switch (cell) {
      case "admitted" -> sv ? "Inskrivna under perioden" : "Admitted in the period";
      case "closed" -> sv ? "Avslutade under perioden" : "Closed in the period";
      case "activeAtEnd" -> sv ? "Aktiva vid periodens slut" : "Active at the end";
      case "workOrStudies" -> sv ? "Arbete eller studier" : "Work or studies";
      case "lasting" ->
          sv
              ? "Arbete, studier eller annan varaktig lösning"
              : "Work, studies or another lasting solution";
      case "contactedWithinDays" ->
          sv
              ? "Kontaktade inom " + contactDays + " dagar"
              : "Contacted within " + contactDays + " days";
      case "actionPlan" -> sv ? "Med handlingsplan" : "With an action plan";
      case "workedDuring" ->
          sv
              ? "Arbetat under perioden (anställning registrerad)"
              : "Worked during the period (a job recorded)";
      default -> cell;
    };
  }

  public static List<Row> rows(OutcomeReports.Report r, Language lang) {
    OutcomeReport o = r.report();
    int days = o.contactDays();
    List<Row> rows = new ArrayList<>();
    rows.add(count(r, label("admitted", days, lang), "admitted", o.admitted()));
    rows.add(count(r, label("closed", days, lang), "closed", o.closed()));
    rows.add(count(r, label("activeAtEnd", days, lang), "activeAtEnd", o.activeAtEnd()));
    for (var c : o.outcomes()) {
      String cell = "outcomes/" + c.outcome();
      rows.add(share(r, label(cell, days, lang), cell, c.share(), lang));
    }
    rows.add(
        share(r, label("workOrStudies", days, lang), "workOrStudies", o.workOrStudies(), lang));
    rows.add(share(r, label("lasting", days, lang), "lasting", o.lasting(), lang));
    rows.add(
        share(
            r,
            label("contactedWithinDays", days, lang),
            "contactedWithinDays",
            o.contactedWithinDays(),
            lang));
    rows.add(share(r, label("actionPlan", days, lang), "actionPlan", o.actionPlan(), lang));
    rows.add(share(r, label("workedDuring", days, lang), "workedDuring", r.workedDuring(), lang));
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
