package se.skapa.rest.socioeconomic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.socioeconomic.Sector;

/** Body of the socioeconomic calculation. Amounts are whole kronor. */
public record CalculateRequest(
    String parameterSet,
    @Size(max = 20) Map<String, BigDecimal> overrides,
    @NotNull @Size(max = 10_000) List<@NotNull @Valid PersonDto> people,
    @Size(max = 10_000) List<@NotNull @Valid HousingDto> housingSupport,
    Long serviceCostPerYear,
    Integer yearlyIntake) {

  /** One person: benefits before and the situation after. */
  public record PersonDto(
      @NotNull @Size(max = 10) List<@NotNull @Valid BenefitDto> before,
      @NotNull @Valid AfterDto after) {}

  /** A benefit before; taxWithheld defaults to 0. */
  public record BenefitDto(
      @NotNull Benefit benefit, @NotNull Long monthlyAmount, Long taxWithheld) {}

  /**
   * type EMPLOYMENT needs employmentRate, sector, monthlySalary; STUDIES needs
   * studyGrantPerFourWeeks and studyLoanPerFourWeeks (studyWeeksPerYear defaults to 40).
   */
  public record AfterDto(
      @NotNull AfterType type,
      BigDecimal employmentRate,
      Sector sector,
      Long monthlySalary,
      @Valid WageSubsidyDto wageSubsidy,
      Long studyGrantPerFourWeeks,
      Long studyLoanPerFourWeeks,
      Integer studyWeeksPerYear) {}

  /** Where a person is after. */
  public enum AfterType {
    EMPLOYMENT,
    STUDIES,
    OCCUPATION,
    NONE
  }

  /** A wage subsidy. */
  public record WageSubsidyDto(@NotNull BigDecimal share, @NotNull Long monthlyAmount) {}

  /** Housing support hours per week. */
  public record HousingDto(
      @NotNull BigDecimal hoursPerWeekBefore, @NotNull BigDecimal hoursPerWeekAfter) {}

  /** Several named calculations side by side. */
  public record ScenariosRequest(
      @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid NamedScenario> scenarios) {}

  /** One scenario. */
  public record NamedScenario(
      @NotNull @Size(min = 1, max = 200) String name,
      @NotNull @Valid CalculateRequest calculation) {}
}
