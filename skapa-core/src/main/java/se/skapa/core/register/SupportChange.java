package se.skapa.core.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Decimals;
import se.skapa.core.common.LocalizedText;

/**
 * What the participants who closed in a period lived on at admission, at closing and at the
 * follow-ups after closing: per source, people and full-year equivalents, with who was not recorded
 * (and, after closing, not reached) counted, never dropped. Finsam's follow-up asks exactly this of
 * a förbund's insatser.
 *
 * @param closed participants who closed in the period: the denominator of every moment
 * @param moments admission, closing, and each follow-up after closing, in that order
 */
public record SupportChange(int closed, List<Moment> moments) {

  /** The denominator's name. */
  public static final LocalizedText CLOSED =
      LocalizedText.of("avslutade under perioden", "closed in the period");

  /**
   * @param closed the denominator
   * @param moments the moments
   */
  public SupportChange {
    moments = List.copyOf(moments);
  }

  /**
   * One moment's support.
   *
   * @param name {@code ADMISSION}, {@code CLOSING} or {@code AFTER_6}, {@code AFTER_12}…
   * @param recorded participants with their support recorded then
   * @param notRecorded participants without
   * @param notReached after closing: participants who could not be reached (an answer, not missing)
   * @param sources per source, the people on it and their full-year equivalents
   * @param onPublicSupport people on at least one benefit of the försörjningsmått
   * @param publicFullYearEquivalents the sum of the degrees of those benefits: the full-year
   *     equivalents they would make over a year (SCB counts days × degree / 365)
   */
  public record Moment(
      String name,
      int recorded,
      int notRecorded,
      int notReached,
      Map<SupportSource, Source> sources,
      int onPublicSupport,
      BigDecimal publicFullYearEquivalents) {
    /**
     * Copies the map, in the sources' order.
     *
     * @param name the moment
     * @param recorded recorded
     * @param notRecorded not recorded
     * @param notReached not reached
     * @param sources per source
     * @param onPublicSupport people on a benefit
     * @param publicFullYearEquivalents their full-year equivalents
     */
    public Moment {
      Objects.requireNonNull(name, "name");
      sources =
          sources.isEmpty()
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new EnumMap<>(sources));
    }
  }

  /**
   * People on one source at one moment.
   *
   * @param people how many
   * @param fullYearEquivalents the sum of their degrees
   */
  public record Source(int people, BigDecimal fullYearEquivalents) {}

  /**
   * One participant's support over time.
   *
   * @param admission at admission; empty if not recorded
   * @param closing at closing; empty if not recorded
   * @param after the follow-ups after closing, by months
   */
  public record Person(
      Optional<List<Support>> admission,
      Optional<List<Support>> closing,
      Map<Integer, AfterClosing> after) {}

  /**
   * Counts the support of the participants who closed.
   *
   * @param people each participant who closed in the period; not null
   * @param afterMonths the follow-ups after closing to report, e.g. 6 and 12; not null
   * @return the change
   */
  public static SupportChange count(List<Person> people, List<Integer> afterMonths) {
    List<Moment> moments = new ArrayList<>();
    moments.add(moment("ADMISSION", people.stream().map(p -> p.admission()).toList(), 0));
    moments.add(moment("CLOSING", people.stream().map(p -> p.closing()).toList(), 0));
    for (int m : afterMonths) {
      List<Optional<List<Support>>> at = new ArrayList<>();
      int notReached = 0;
      for (Person p : people) {
        AfterClosing a = p.after().get(m);
        if (a != null && a.status() == AfterClosingStatus.NOT_REACHED) {
          notReached++;
          at.add(Optional.empty());
        } else {
          at.add(Optional.ofNullable(a).map(AfterClosing::support));
        }
      }
      Moment counted = moment("AFTER_" + m, at, notReached);
      moments.add(
          new Moment(
              counted.name(),
              counted.recorded(),
              counted.notRecorded() - notReached,
              notReached,
              counted.sources(),
              counted.onPublicSupport(),
              counted.publicFullYearEquivalents()));
    }
    return new SupportChange(people.size(), moments);
  }

  private static Moment moment(String name, List<Optional<List<Support>>> records, int notReached) {
    int recorded = 0;
    int onPublic = 0;
    BigDecimal publicFye = BigDecimal.ZERO;
    Map<SupportSource, Integer> people = new EnumMap<>(SupportSource.class);
    Map<SupportSource, BigDecimal> fye = new EnumMap<>(SupportSource.class);
    for (Optional<List<Support>> r : records) {
      if (r.isEmpty()) {
        continue;
      }
      recorded++;
      boolean onBenefit = false;
      for (Support s : r.get()) {
        people.merge(s.source(), 1, Integer::sum);
        fye.merge(s.source(), s.degree(), BigDecimal::add);
        if (s.source().benefit().isPresent()) {
          onBenefit = true;
          publicFye = publicFye.add(s.degree());
        }
      }
      onPublic += onBenefit ? 1 : 0;
    }
    Map<SupportSource, Source> sources = new EnumMap<>(SupportSource.class);
    people.forEach(
        (s, n) ->
            sources.put(
                s, new Source(n, Decimals.canonical(fye.getOrDefault(s, BigDecimal.ZERO)))));
    return new Moment(
        name,
        recorded,
        records.size() - recorded,
        notReached,
        sources,
        onPublic,
        Decimals.canonical(publicFye));
  }
}
