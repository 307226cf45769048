package se.skapa.rest.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.survey.SurveyReport;
import se.skapa.core.survey.Surveys;

/**
 * The participant survey's report as the rows a person reads, the same on paper and on the page:
 * its three measures against their targets, each with its numerator and denominator, and each
 * question's answers.
 */
public final class SurveyTable {

  private SurveyTable() {}

  /** {@return the measures' column names} */
  public static List<String> measuresHeader(Language lang) {
    boolean en = lang == Language.EN;
    return en ? List.of("Measure", "Actual", "Target", "") : List.of("Mått", "Utfall", "Mål", "");
  }

  /**
   * @param r the report; not null
   * @param lang the reader's language; not null
   * @return offered, response rate and satisfied, each with its actual, target and met or not
   */
  public static List<List<String>> measures(SurveyReport r, Language lang) {
    boolean en = lang == Language.EN;
    String met = en ? "met" : "uppnått";
    String not = en ? "not met" : "ej uppnått";
    return List.of(
        List.of(
            en
                ? "Offered the survey (of active participants)"
                : "Erbjudna enkäten (av aktiva deltagare)",
            percent(r.shareOffered(), lang) + " (" + r.offered() + "/" + r.current() + ")",
            "≥ " + Numbers.percent(r.targets().offered(), 0, lang),
            r.offeredMet() ? met : not),
        List.of(
            en ? "Response rate (of offered)" : "Svarsfrekvens (av erbjudna)",
            percent(r.responseRate(), lang) + " (" + r.responses() + "/" + r.offered() + ")",
            "≥ " + Numbers.percent(r.targets().responseRate(), 0, lang),
            r.responseRateMet() ? met : not),
        List.of(
            (en ? "Satisfied overall (" : "Nöjda totalt (")
                + satisfiedAnswers(lang)
                + (en ? " of " : " av ")
                + Surveys.MAX
                + ")",
            percent(r.shareSatisfied(), lang)
                + " ("
                + r.answeredOverall()
                + (en ? " answered)" : " svar)"),
            "≥ " + Numbers.percent(r.targets().satisfied(), 0, lang),
            r.satisfiedMet() ? met : not));
  }

  /** {@return the questions' column names: the question, then one per answer of the scale} */
  public static List<String> questionsHeader(Language lang) {
    List<String> header = new ArrayList<>();
    header.add(
        (lang == Language.EN ? "Question (answers " : "Fråga (svar ")
            + Surveys.MIN
            + "–"
            + Surveys.MAX
            + ")");
    for (int a = Surveys.MIN; a <= Surveys.MAX; a++) {
      header.add(Integer.toString(a));
    }
    return header;
  }

  /**
   * @param r the report; not null
   * @param lang the reader's language; not null
   * @return per question its text and how many gave each answer
   */
  public static List<List<String>> questions(SurveyReport r, Language lang) {
    List<List<String>> rows = new ArrayList<>();
    for (SurveyReport.QuestionResult q : r.questions()) {
      List<String> row = new ArrayList<>();
      row.add(q.question().text().in(lang));
      for (int c : q.counts()) {
        row.add(Integer.toString(c));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String satisfiedAnswers(Language lang) {
    return Surveys.SATISFIED_FROM == Surveys.MAX - 1
        ? Surveys.SATISFIED_FROM + (lang == Language.EN ? " or " : " eller ") + Surveys.MAX
        : Surveys.SATISFIED_FROM + "–" + Surveys.MAX;
  }

  private static String percent(OptionalDouble share, Language lang) {
    return share.isPresent() ? Numbers.percent(share.getAsDouble(), 1, lang) : "–";
  }
}
