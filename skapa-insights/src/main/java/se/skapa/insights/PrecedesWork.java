package se.skapa.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;

/**
 * BIP's question of one organisation's data: for each indicator, how its level and its change since
 * the measurement before relate to work or studies following within the horizon.
 *
 * <p>The model, per indicator: every measurement after a person's first opens a person-period that
 * runs to the next measurement or the horizon, whichever comes first; the event is the first job
 * start or closing to work or studies in it, after which the person leaves the risk set. A period
 * that runs past what is observed, or a person whose event falls between two periods, ends the
 * person's series there. The log-odds of the event are linear in the level and the change (a
 * discrete-time hazard model, Singer and Willett's person-period logistic regression), fitted by
 * {@link HazardModel} with standard errors robust to the repeated periods of one person. Estimates
 * are odds ratios per scale step with 95 % intervals; fewer events or non-events than ten per
 * parameter, or fewer than the small-numbers threshold, are refused.
 *
 * <p>The answer does not depend on the order of the series or their readings: rows are put in one
 * canonical order before fitting.
 */
public final class PrecedesWork {

  /** The parameters of each indicator's model: intercept, level, change. */
  static final int PARAMETERS = 3;

  private static final double Z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

  private PrecedesWork() {}

  /**
   * @param instrument the instrument whose indicators are analysed; not null
   * @param people one series per person; not null
   * @param options the horizon and minimums; not null
   * @return one result per indicator
   */
  public static WorkAnalysis analyse(Instrument instrument, List<Series> people, Options options) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(options, "options");
    List<Prepared> prepared = people.stream().map(Prepared::of).toList();
    List<IndicatorResult> out = new ArrayList<>();
    for (Indicator indicator : instrument.indicators()) {
      out.add(indicator(indicator, prepared, options));
    }
    return new WorkAnalysis(options, people.size(), out);
  }

  /** A series read once: each indicator's scores by day, the events in order. */
  private record Prepared(
      Map<String, TreeMap<LocalDate, Integer>> byIndicator,
      List<LocalDate> events,
      LocalDate observedUntil) {

    static Prepared of(Series s) {
      Map<String, TreeMap<LocalDate, Integer>> by = new HashMap<>();
      // Two readings of one day: the higher score, whatever order they came in.
      for (Series.Reading r : s.readings()) {
        by.computeIfAbsent(r.indicator(), k -> new TreeMap<>())
            .merge(r.date(), r.score(), Math::max);
      }
      return new Prepared(by, s.events().stream().sorted().toList(), s.observedUntil());
    }
  }

  /** One person's periods for one indicator: {level, change, event} per row, in time order. */
  static List<double[]> periods(Series s, String indicator, int months) {
    return periods(Prepared.of(s), indicator, months);
  }

  private static List<double[]> periods(Prepared s, String indicator, int months) {
    TreeMap<LocalDate, Integer> byDay = s.byIndicator().getOrDefault(indicator, new TreeMap<>());
    List<LocalDate> days = new ArrayList<>(byDay.keySet());
    List<Integer> scores = new ArrayList<>(byDay.values());
    List<LocalDate> events = s.events();
    List<double[]> rows = new ArrayList<>();
    for (int k = 0; k < days.size(); k++) {
      LocalDate from = days.get(k);
      LocalDate horizon = from.plusMonths(months);
      LocalDate next = k + 1 < days.size() ? days.get(k + 1) : horizon;
      LocalDate end = next.isBefore(horizon) ? next : horizon;
      Optional<LocalDate> event = events.stream().filter(e -> e.isAfter(from)).findFirst();
      boolean inWindow = event.isPresent() && !event.get().isAfter(end);
      if (!inWindow && end.isAfter(s.observedUntil())) {
        break;
      }
      if (k > 0) {
        int level = scores.get(k);
        int change = level - scores.get(k - 1);
        rows.add(new double[] {level, change, inWindow ? 1 : 0});
      }
      if (event.isPresent() && !event.get().isAfter(next)) {
        break;
      }
    }
    return rows;
  }

  private static IndicatorResult indicator(Indicator ind, List<Prepared> people, Options o) {
    List<List<double[]>> perPerson = new ArrayList<>();
    for (Prepared s : people) {
      List<double[]> rows = periods(s, ind.key(), o.horizonMonths());
      if (!rows.isEmpty()) {
        perPerson.add(rows);
      }
    }
    // One canonical order: the same answer whatever order the people or their keys came in.
    perPerson.sort(PrecedesWork::compare);
    int n = perPerson.stream().mapToInt(List::size).sum();
    double[][] x = new double[n][];
    int[] y = new int[n];
    int[] cluster = new int[n];
    int i = 0;
    int events = 0;
    for (int c = 0; c < perPerson.size(); c++) {
      for (double[] row : perPerson.get(c)) {
        x[i] = new double[] {row[0], row[1]};
        y[i] = (int) row[2];
        cluster[i] = c;
        events += y[i];
        i++;
      }
    }
    int persons = perPerson.size();
    int minimum = Math.max(o.eventsPerParameter() * PARAMETERS, o.smallNumbers());
    Optional<Refusal> refusal = Optional.empty();
    if (persons < o.smallNumbers()) {
      refusal = Optional.of(tooFewPeople(persons, o));
    } else if (events < minimum || n - events < minimum) {
      refusal = Optional.of(tooFewEvents(events, n, minimum, o));
    } else if (constant(x, 0) || constant(x, 1)) {
      refusal =
          Optional.of(
              new Refusal(
                  Refusal.Reason.NO_VARIATION,
                  LocalizedText.of(
                      "Indikatorns nivå eller förändring varierar inte i dessa data: inget samband"
                          + " kan skattas.",
                      "The indicator's level or change does not vary in these data: no"
                          + " association can be estimated.")));
    }
    if (refusal.isPresent()) {
      return new IndicatorResult(
          ind.key(), ind.labels(), persons, n, events, Optional.empty(), Optional.empty(), refusal);
    }
    Optional<HazardModel.Fit> fit = HazardModel.fit(x, y, cluster, persons);
    if (fit.isEmpty()) {
      return new IndicatorResult(
          ind.key(),
          ind.labels(),
          persons,
          n,
          events,
          Optional.empty(),
          Optional.empty(),
          Optional.of(
              new Refusal(
                  Refusal.Reason.NOT_ESTIMABLE,
                  LocalizedText.of(
                      "Modellen har ingen ändlig skattning (indikatorn skiljer nästan helt ut dem som"
                          + " börjar arbeta): för lite data för ett samband.",
                      "The model has no finite estimate (the indicator all but separates those who"
                          + " start work): too little data for an association."))));
    }
    return new IndicatorResult(
        ind.key(),
        ind.labels(),
        persons,
        n,
        events,
        Optional.of(estimate(fit.get(), 0)),
        Optional.of(estimate(fit.get(), 1)),
        Optional.empty());
  }

  private static Estimate estimate(HazardModel.Fit f, int j) {
    double b = f.beta()[j];
    double se = Math.sqrt(f.variance()[j]);
    return new Estimate(Math.exp(b), Math.exp(b - Z * se), Math.exp(b + Z * se));
  }

  private static boolean constant(double[][] x, int column) {
    return Arrays.stream(x).mapToDouble(r -> r[column]).distinct().count() < 2;
  }

  private static int compare(List<double[]> a, List<double[]> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Arrays.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static Refusal tooFewPeople(int persons, Options o) {
    return new Refusal(
        Refusal.Reason.TOO_FEW_PEOPLE,
        LocalizedText.of(
            "För få deltagare: "
                + persons
                + " med minst två mätningar att följa, färre än "
                + o.smallNumbers()
                + ". Pröva hela organisationen eller en längre period.",
            "Too few participants: "
                + persons
                + " with two measurements or more to follow, fewer than "
                + o.smallNumbers()
                + ". Try the whole organisation or a longer period."));
  }

  private static Refusal tooFewEvents(int events, int periods, int minimum, Options o) {
    return new Refusal(
        Refusal.Reason.TOO_FEW_EVENTS,
        LocalizedText.of(
            "För få händelser: "
                + events
                + " av "
                + periods
                + " mätperioder följdes av arbete eller studier inom "
                + o.horizonMonths()
                + " månader; modellen behöver minst "
                + minimum
                + " av varje ("
                + o.eventsPerParameter()
                + " per skattad parameter, aldrig färre än "
                + o.smallNumbers()
                + "). Pröva hela organisationen eller en längre period.",
            "Too few events: "
                + events
                + " of "
                + periods
                + " measurement periods were followed by work or studies within "
                + o.horizonMonths()
                + " months; the model needs at least "
                + minimum
                + " of each ("
                + o.eventsPerParameter()
                + " per estimated parameter, never fewer than "
                + o.smallNumbers()
                + "). Try the whole organisation or a longer period."));
  }
}
