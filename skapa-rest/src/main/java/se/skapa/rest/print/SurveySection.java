package se.skapa.rest.print;

import static se.skapa.rest.http.Params.*;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.core.survey.SurveyReport;
import se.skapa.core.survey.Surveys;

/** The participant survey's section of a printed report: its three measures and each question. */
final class SurveySection {

  private SurveySection() {}

  static void write(Pdf pdf, SurveyReport r, SurveyPeriod period, Language lang, int level) {
    boolean en = lang == Language.EN;
    pdf.heading((en ? "Participant survey " : "Deltagarenkät ") + period.name(), level);
    if (r.offered() == 0 && r.responses() == 0) {
      pdf.paragraph(
          en ? "No survey recorded for the period." : "Ingen enkät registrerad för perioden.");
      return;
    }
    measures(pdf, r, lang);
    questions(pdf, r, lang);
  }

  private static void measures(Pdf pdf, SurveyReport r, Language lang) {
    boolean en = lang == Language.EN;
    String met = en ? "met" : "uppnått";
    String not = en ? "not met" : "ej uppnått";
    pdf.table(
        en ? List.of("Measure", "Actual", "Target", "") : List.of("Mått", "Utfall", "Mål", ""),
        List.of(
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
                r.satisfiedMet() ? met : not)),
        new float[] {0.46f, 0.24f, 0.14f, 0.16f});
  }

  private static void questions(Pdf pdf, SurveyReport r, Language lang) {
    boolean en = lang == Language.EN;
    List<List<String>> questions = new ArrayList<>();
    for (SurveyReport.QuestionResult q : r.questions()) {
      List<String> row = new ArrayList<>();
      row.add(q.question().text().in(lang));
      for (int c : q.counts()) {
        row.add(Integer.toString(c));
      }
      questions.add(row);
    }
    // A column per answer of the survey's scale.
    List<String> header = new ArrayList<>();
    header.add(
        (en ? "Question (answers " : "Fråga (svar ") + Surveys.MIN + "–" + Surveys.MAX + ")");
    int steps = Surveys.MAX - Surveys.MIN + 1;
    float[] widths = new float[steps + 1];
    widths[0] = 0.6f;
    for (int a = Surveys.MIN; a <= Surveys.MAX; a++) {
      header.add(Integer.toString(a));
      widths[a - Surveys.MIN + 1] = 0.4f / steps;
    }
    pdf.table(header, questions, widths);
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
