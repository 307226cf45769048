package se.skapa.rest.responses;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.WorkSeries;
import se.skapa.core.chart.Drawing;
import se.skapa.core.chart.ForestPlot;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.progression.Instrument;
import se.skapa.insights.Options;
import se.skapa.insights.PrecedesWork;
import se.skapa.insights.Series;
import se.skapa.insights.WorkAnalysis;

/**
 * What precedes work as the server gives it: the stored series fed to skapa-insights with the
 * participants' keys left behind, the forest plot, and the words around the numbers in Swedish and
 * English. One place for the route and the printed report.
 */
public final class WorkInsights {

  private WorkInsights() {}

  /**
   * @param series the use case that reads the series; not null
   * @param actor the reader; not null
   * @param org the organisation; not null
   * @param service one service, or empty for the organisation
   * @param instrument the instrument; not null
   * @param from the first day; not null
   * @param to the last day; not null
   * @param smallNumbers the small-numbers threshold
   * @return the analysis
   */
  public static WorkAnalysis analyse(
      WorkSeries series,
      Actor actor,
      OrganisationId org,
      Optional<ServiceId> service,
      Instrument instrument,
      LocalDate from,
      LocalDate to,
      int smallNumbers) {
    List<Series> people =
        series.read(actor, org, service, instrument.id(), from, to).stream()
            .map(p -> Series.of(p.measurements(), p.events(), p.observedUntil()))
            .toList();
    Options options =
        new Options(
            Options.DEFAULT.horizonMonths(), Options.DEFAULT.eventsPerParameter(), smallNumbers);
    return PrecedesWork.analyse(instrument, people, options);
  }

  /**
   * @param result the analysis; not null
   * @param lang the reader's language; not null
   * @return the change per indicator as a forest plot
   */
  public static Drawing forest(WorkAnalysis result, Language lang) {
    List<ForestPlot.Row> rows =
        result.indicators().stream()
            .map(
                i ->
                    new ForestPlot.Row(
                        i.label().in(lang),
                        i.change()
                            .map(e -> new ForestPlot.Interval(e.oddsRatio(), e.low(), e.high())),
                        i.refusal().map(r -> r.reason().label().in(lang)).orElse("")))
            .toList();
    return ForestPlot.draw(TITLE.in(lang), SUBTITLE.in(lang), rows, lang);
  }

  /**
   * @param result the analysis; not null
   * @return true if at least one indicator has an estimate
   */
  public static boolean carries(WorkAnalysis result) {
    return result.indicators().stream().anyMatch(i -> i.change().isPresent());
  }

  /** The forest plot's title. */
  public static final LocalizedText TITLE =
      LocalizedText.of(
          "Vad föregår arbete: förändring per indikator",
          "What precedes work: change per indicator");

  /** What the forest plot shows. */
  public static final LocalizedText SUBTITLE =
      LocalizedText.of(
          "Oddskvot per stegs förändring sedan förra mätningen, 95 % KI; ett samband i"
              + " organisationens data, inte en prognos",
          "Odds ratio per step of change since the measurement before, 95% interval; an"
              + " association in the organisation's data, not a prognosis");

  /** The model, for a reader. */
  public static final LocalizedText MODEL =
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

  /** How to read the answer, with BIP's findings as context. */
  public static final LocalizedText READING =
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
}
