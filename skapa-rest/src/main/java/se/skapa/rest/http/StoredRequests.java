package se.skapa.rest.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Violations;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.progression.Respondent;
import se.skapa.core.register.Support;
import se.skapa.core.register.SupportSource;
import se.skapa.core.survey.Surveys;
import se.skapa.rest.responses.TargetDto;

/**
 * Bodies of stored mode's routes: structure only; every domain rule is checked by the use cases.
 */
public final class StoredRequests {

  private StoredRequests() {}

  /**
   * @param admin the holder of the first admin key (default {@code admin})
   * @param adminPassword if given, also a personal admin account of that username, to sign in to
   *     the pages
   */
  public record NewOrganisation(
      @NotBlank @Size(max = 64) String id,
      @NotBlank @Size(max = 200) String name,
      @Size(max = 64) String admin,
      @Size(max = 200) String adminPassword) {}

  public record NewUser(
      @NotBlank @Size(max = 64) String username,
      @NotNull @Size(max = 200) String password,
      @NotEmpty @Size(max = 3) List<@NotBlank String> roles,
      @Nullable @Size(min = 1, max = 100) List<@NotBlank String> services) {}

  public record NewKey(
      @NotBlank @Size(max = 64) String holder,
      @NotEmpty @Size(max = 3) List<@NotBlank String> roles,
      @Nullable @Size(min = 1, max = 100) List<@NotBlank String> services) {}

  public record NewService(
      @NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 200) String name) {}

  /**
   * One measurement in the stateless routes' shape, with its instrument and the service where it
   * was taken.
   *
   * @param instrumentVersion defaults to the newest version
   */
  public record MeasurementBody(
      @NotBlank String instrument,
      Integer instrumentVersion,
      @NotBlank @Size(max = 64) String service,
      @NotNull String participant,
      @NotNull LocalDate date,
      @NotNull Respondent respondent,
      String handledare,
      @NotNull @Size(max = 200) Map<String, @Nullable Number> scores,
      String comment) {}

  public record NewEnrolment(
      @NotNull String participant,
      @NotBlank @Size(max = 64) String service,
      @NotNull LocalDate admitted,
      LocalDate firstContact,
      Boolean actionPlan,
      @Size(max = 20) List<@NotNull @Valid SupportBody> support) {}

  public record Closing(
      @NotNull LocalDate closed,
      @NotNull OutcomeType outcome,
      Boolean subsidised,
      @Size(max = 20) List<@NotNull @Valid SupportBody> support) {}

  /** One source of what a person lives on: the field is {@code benefit}, as Finsam says. */
  public record SupportBody(
      @NotNull SupportSource benefit, @NotNull BigDecimal degree, Long monthlyAmount) {}

  public record Targets(
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      @NotNull @Size(max = 50) List<@NotNull @Valid TargetDto> targets) {}

  public record SurveyOffer(@NotNull String period, @NotNull Integer offered) {}

  /** One anonymous response: answers 1-5 per question key; a question may be left out. */
  public record SurveyAnswers(@NotNull @Size(max = 50) Map<String, Integer> answers) {}

  public record SurveyResponses(
      @NotNull @Size(min = 1, max = 10_000) List<@NotNull @Valid SurveyAnswers> responses) {}

  /** A period's every response again, corrected, and why. */
  public record SurveyCorrection(
      @NotNull @Size(max = 10_000) List<@NotNull @Valid SurveyAnswers> responses,
      @NotBlank @Size(max = 2000) String reason) {}

  /**
   * An organisation's own survey questions, replacing the earlier ones; an empty list leaves
   * SKAPA's alone.
   */
  /** The organisation's own survey targets: shares 0–1. */
  public record SurveyTargetsBody(
      @NotNull
          @jakarta.validation.constraints.DecimalMin("0")
          @jakarta.validation.constraints.DecimalMax("1")
          java.math.BigDecimal offered,
      @NotNull
          @jakarta.validation.constraints.DecimalMin("0")
          @jakarta.validation.constraints.DecimalMax("1")
          java.math.BigDecimal responseRate,
      @NotNull
          @jakarta.validation.constraints.DecimalMin("0")
          @jakarta.validation.constraints.DecimalMax("1")
          java.math.BigDecimal satisfied) {}

  public record OwnQuestions(
      @NotNull @Size(max = Surveys.MAX_OWN_QUESTIONS)
          List<@NotNull @Valid OwnQuestion> questions) {}

  public record OwnQuestion(
      @NotBlank @Size(max = 64) String key,
      @NotBlank @Size(max = Surveys.MAX_TEXT) String sv,
      @NotBlank @Size(max = Surveys.MAX_TEXT) String en) {}

  /**
   * A stored fidelity review: scores (with notes), draft or final, the reason for correcting a
   * final one, the action plan.
   *
   * @param status DRAFT (default) or FINAL
   */
  public record ReviewBody(
      @NotNull LocalDate date,
      @Size(max = 10) List<@NotNull String> reviewers,
      @NotNull @Size(max = 100) List<@NotNull @Valid ItemBody> items,
      String status,
      @Size(max = 2000) String reason,
      @Size(max = 100) List<@NotNull @Valid PlanBody> actionPlan) {}

  public record ItemBody(@NotNull Integer number, @NotNull Integer score, String note) {}

  public record PlanBody(
      @NotNull Integer item,
      @NotNull @Size(max = 2000) String action,
      @NotNull String owner,
      @NotNull LocalDate due) {}

  /**
   * The support sources of a body, each checked by the domain with its place in the list named.
   *
   * @param v where violations go
   * @param bodies the bodies; null for none
   * @return the sources that were valid
   */
  public static List<Support> support(Violations v, @Nullable List<SupportBody> bodies) {
    List<Support> out = new ArrayList<>();
    if (bodies == null) {
      return out;
    }
    for (int i = 0; i < bodies.size(); i++) {
      SupportBody b = bodies.get(i);
      Support s =
          v.attempt(
              Pointer.at("/support", i),
              () ->
                  new Support(
                      b.benefit(),
                      b.degree(),
                      Optional.ofNullable(b.monthlyAmount()).map(Kronor::of)));
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }
}
