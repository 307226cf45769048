package se.skapa.core.register;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Share;
import se.skapa.core.progression.ActiveInterventions;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.Intervention;

/**
 * How a service's participants were covered by interventions over a period, counted in
 * participant-months: each calendar month of the period in which a participant was enrolled on its
 * census day (the 15th), with the interventions running that day. A fact about the service, never a
 * prediction about a person.
 *
 * @param from the period's first day
 * @param to its last day
 * @param participantMonths the denominator
 * @param none participant-months with no intervention at all
 * @param withoutJobFocused participant-months without a job-focused intervention running
 * @param byGroup per BIP group, participant-months with one of that group running
 */
public record InterventionCoverage(
    LocalDate from,
    LocalDate to,
    int participantMonths,
    Share none,
    Share withoutJobFocused,
    Map<BipGroup, Share> byGroup) {

  /** The census day of each month. */
  public static final int CENSUS_DAY = 15;

  /** The denominator's name. */
  public static final LocalizedText PARTICIPANT_MONTHS =
      LocalizedText.of(
          "deltagarmånader (inskriven den 15:e)", "participant-months (enrolled on the 15th)");

  /** Why these are counted: BIP's findings, quoted as facts about services. */
  public static final LocalizedText WHY =
      LocalizedText.of(
          "I BIP saknade 23 % av perioderna insats, och de perioderna följdes av tillbakagång; "
              + "jobbinriktade insatser gav progression, de andra bara parallellt med en jobbinriktad.",
          "In BIP, 23 % of the periods had no intervention, and those periods were followed by "
              + "regression; job-focused interventions created progression, the others only in "
              + "parallel with a job-focused one.");

  /**
   * Copies the map.
   *
   * @param from the period's first day
   * @param to its last day
   * @param participantMonths the denominator
   * @param none participant-months with no intervention at all
   * @param withoutJobFocused participant-months without a job-focused intervention running
   * @param byGroup per BIP group, participant-months with one of that group running
   * @throws NullPointerException if a component is null
   */
  public InterventionCoverage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(none, "none");
    Objects.requireNonNull(withoutJobFocused, "withoutJobFocused");
    byGroup =
        byGroup.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(byGroup));
  }

  /**
   * Counts a service's coverage.
   *
   * @param from the first day; not null
   * @param to the last day, not before {@code from}; not null
   * @param enrolments the service's enrolments; not null
   * @param interventions each participant's interventions; not null
   * @return the coverage
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static InterventionCoverage count(
      LocalDate from,
      LocalDate to,
      List<ServiceParticipant> enrolments,
      Map<Pseudonym, List<Intervention>> interventions) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    int months = 0;
    int none = 0;
    int withoutJob = 0;
    Map<BipGroup, Integer> groups = new EnumMap<>(BipGroup.class);
    for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
      LocalDate census = m.atDay(CENSUS_DAY);
      if (census.isBefore(from) || census.isAfter(to)) {
        continue;
      }
      for (Pseudonym p : enrolledOn(census, enrolments)) {
        months++;
        ActiveInterventions active =
            ActiveInterventions.on(interventions.getOrDefault(p, List.of()), census);
        none += active.none() ? 1 : 0;
        withoutJob += active.groups().contains(BipGroup.JOB_FOCUSED) ? 0 : 1;
        active.groups().forEach(g -> groups.merge(g, 1, Integer::sum));
      }
    }
    Map<BipGroup, Share> byGroup = new EnumMap<>(BipGroup.class);
    for (BipGroup g : BipGroup.values()) {
      byGroup.put(g, Share.of(groups.getOrDefault(g, 0), months, PARTICIPANT_MONTHS));
    }
    return new InterventionCoverage(
        from,
        to,
        months,
        Share.of(none, months, PARTICIPANT_MONTHS),
        Share.of(withoutJob, months, PARTICIPANT_MONTHS),
        byGroup);
  }

  private static java.util.Set<Pseudonym> enrolledOn(
      LocalDate day, List<ServiceParticipant> enrolments) {
    java.util.Set<Pseudonym> out = new java.util.HashSet<>();
    for (ServiceParticipant e : enrolments) {
      if (!e.admitted().isAfter(day) && e.closed().map(c -> !c.isBefore(day)).orElse(true)) {
        out.add(e.key());
      }
    }
    return out;
  }
}
