package se.skapa.core.socioeconomic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Kronor;

/**
 * What a calculation needs.
 *
 * @param parameters the parameter set, overrides applied
 * @param people people who moved (or not), year one
 * @param housingSupport housing support per person who had it
 * @param serviceCostPerYear what the service costs a year
 * @param yearlyIntake people a year who become self-supporting; defaults to the number of people
 */
public record SocioeconomicInput(
    ParameterSet parameters,
    List<Person> people,
    List<HousingSupport> housingSupport,
    Kronor serviceCostPerYear,
    Optional<Integer> yearlyIntake) {

  /**
   * Copies the lists.
   *
   * @param parameters the parameter set
   * @param people the people
   * @param housingSupport the housing support
   * @param serviceCostPerYear the service's cost
   * @param yearlyIntake people a year; empty for the number of people
   */
  public SocioeconomicInput {
    Objects.requireNonNull(parameters, "parameters");
    people = List.copyOf(people);
    housingSupport = List.copyOf(housingSupport);
    Objects.requireNonNull(serviceCostPerYear, "serviceCostPerYear");
    Objects.requireNonNull(yearlyIntake, "yearlyIntake");
  }
}
