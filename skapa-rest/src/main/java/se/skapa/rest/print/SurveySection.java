package se.skapa.rest.print;

import static se.skapa.rest.http.Params.*;

import se.skapa.core.common.Language;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.core.survey.SurveyReport;
import se.skapa.core.survey.Surveys;
import se.skapa.rest.responses.SurveyTable;

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
    pdf.table(
        SurveyTable.measuresHeader(lang),
        SurveyTable.measures(r, lang),
        new float[] {0.46f, 0.24f, 0.14f, 0.16f});
  }

  private static void questions(Pdf pdf, SurveyReport r, Language lang) {
    int steps = Surveys.MAX - Surveys.MIN + 1;
    float[] widths = new float[steps + 1];
    widths[0] = 0.6f;
    for (int a = 1; a <= steps; a++) {
      widths[a] = 0.4f / steps;
    }
    pdf.table(SurveyTable.questionsHeader(lang), SurveyTable.questions(r, lang), widths);
  }
}
