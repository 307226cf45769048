package se.skapa.rest.insights;

import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.insights.Refusal;

/** What the analysis of what precedes work says around its numbers, in Swedish and English. */
final class InsightsTexts {

  private InsightsTexts() {}

  static final LocalizedText TITLE =
      LocalizedText.of(
          "Vad föregår arbete: förändring per indikator",
          "What precedes work: change per indicator");

  static final LocalizedText SUBTITLE =
      LocalizedText.of(
          "Oddskvot per stegs förändring sedan förra mätningen, 95 % KI; ett samband i"
              + " organisationens data, inte en prognos",
          "Odds ratio per step of change since the measurement before, 95% interval; an"
              + " association in the organisation's data, not a prognosis");

  static final LocalizedText MODEL =
      LocalizedText.of(
          "Diskret tids hasardmodell (logistisk regression över personperioder): varje mätning efter"
              + " en deltagares första öppnar en period till nästa mätning eller tre månader; händelsen"
              + " är första anställning eller avslut till arbete eller studier i den. Nivå och"
              + " förändring sedan förra mätningen skattas tillsammans; standardfelen tar hänsyn till"
              + " att en person mäts flera gånger. Anpassad med Apache Commons Math.",
          "Discrete-time hazard model (person-period logistic regression): every measurement after"
              + " a participant's first opens a period to the next measurement or three months; the"
              + " event is the first job start or closing to work or studies in it. Level and change"
              + " since the measurement before are estimated together; the standard errors allow for"
              + " one person being measured many times. Fitted with Apache Commons Math.");

  static final LocalizedText READING =
      LocalizedText.of(
          "Ett värde över 1 betyder att arbete eller studier oftare följde när indikatorn var högre"
              + " (nivå) eller hade ökat (förändring); ett intervall som innehåller 1 säger inget om"
              + " någon skillnad. Det är samband i organisationens egna data — inte orsaker, och aldrig"
              + " en prognos för en enskild deltagare. BIP fann att tilltro till jobb, handledarens"
              + " tilltro och jobbsökande hörde ihop med arbete; jämför med dem, inte mot dem.",
          "A value above 1 means work or studies followed more often when the indicator was higher"
              + " (level) or had risen (change); an interval that contains 1 says nothing about a"
              + " difference. These are associations in the organisation's own data — not causes,"
              + " and never a prognosis for one participant. BIP found belief in a job, the"
              + " caseworker's belief and job search associated with work; compare with them, not"
              + " against them.");

  static String shortReason(Refusal.Reason reason, Language lang) {
    boolean sv = lang == Language.SV;
    return switch (reason) {
      case TOO_FEW_EVENTS -> sv ? "för få händelser" : "too few events";
      case TOO_FEW_PEOPLE -> sv ? "för få deltagare" : "too few participants";
      case NO_VARIATION -> sv ? "varierar inte" : "does not vary";
      case NOT_ESTIMABLE -> sv ? "ingen ändlig skattning" : "no finite estimate";
    };
  }
}
