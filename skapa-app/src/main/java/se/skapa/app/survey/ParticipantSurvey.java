package se.skapa.app.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.Organisations;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.port.Storage;
import se.skapa.app.register.RegisterStore;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.core.survey.SurveyQuestion;
import se.skapa.core.survey.SurveyReport;
import se.skapa.core.survey.SurveyTargets;
import se.skapa.core.survey.Surveys;

/**
 * The anonymous participant survey (deltagarenkät): how many were offered it per service and
 * period, and the responses themselves with no link to anyone: no participant key, no date finer
 * than the period, no free text, no row id or time. Responses are recorded in batches (the forms of
 * a period), so that not even the audit trail's time of a write points at a conversation.
 */
public final class ParticipantSurvey {

  private final Storage storage;
  private final Clock clock;
  private final SurveyTargets targets;

  /**
   * @param storage where counts and anonymous responses are kept; not null
   * @param clock "now" for the audit; not null
   * @param targets the förbund's survey targets; not null
   */
  public ParticipantSurvey(Storage storage, Clock clock, SurveyTargets targets) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.targets = Objects.requireNonNull(targets, "targets");
  }

  /**
   * The organisation's survey: SKAPA's questions, then its own.
   *
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @return the questions, in the order asked
   */
  public List<SurveyQuestion> questions(Actor actor, OrganisationId org) {
    actor.require(org, Role.values());
    return storage.transaction(tx -> Surveys.withOwn(SurveyStore.in(tx).ownSurveyQuestions(org)));
  }

  /**
   * Replaces the organisation's own questions (asked after SKAPA's). Responses already given keep
   * their answers; a question taken away is no longer reported, one given back is reported again.
   *
   * @throws ValidationException as {@link Surveys#withOwn}
   * @param actor an admin of the organisation; not null
   * @param org the organisation; not null
   * @param own the organisation's own questions, at most 15, in order; not null
   * @return the survey's questions after the change
   */
  public List<SurveyQuestion> setQuestions(
      Actor actor, OrganisationId org, List<SurveyQuestion> own) {
    actor.require(org, Role.ADMIN);
    List<SurveyQuestion> all = Surveys.withOwn(own);
    storage.transaction(
        tx -> {
          SurveyStore.in(tx).replaceOwnSurveyQuestions(org, own);
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      org,
                      clock.instant(),
                      Optional.of(actor.key()),
                      actor.holder().value(),
                      "survey.questions.set",
                      "surveys/questions",
                      Optional.empty(),
                      Optional.of(own.size())));
          return null;
        });
    return all;
  }

  /**
   * Records how many participants of a service were offered the survey in a period (replacing an
   * earlier figure).
   *
   * @param actor a handledare or admin of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @param offered how many were offered it, 0 or more
   */
  public void offered(
      Actor actor, OrganisationId org, ServiceId service, SurveyPeriod period, int offered) {
    actor.require(org, Role.HANDLEDARE, Role.ADMIN);
    if (offered < 0) {
      throw ValidationException.of("/offered", "range", "offered cannot be negative");
    }
    storage.transaction(
        tx -> {
          Organisations.requireService(tx, org, service);
          int stored = SurveyStore.in(tx).surveyResponses(org, service, period.name()).size();
          if (offered < stored) {
            throw ValidationException.of(
                "/offered",
                "fewer-than-responses",
                "offered ("
                    + offered
                    + ") cannot be fewer than the "
                    + stored
                    + " responses stored for "
                    + period.name());
          }
          SurveyStore.in(tx).recordSurveyOffered(org, service, period.name(), offered);
          AuditLog.in(tx)
              .audit(
                  AuditEntry.of(
                      actor,
                      clock.instant(),
                      "survey.offered",
                      "services/" + service + "/surveys/" + period.name(),
                      null));
          return null;
        });
  }

  /**
   * Records a batch of responses, whole or not at all.
   *
   * @throws ValidationException on any answer, pointers under {@code /responses/<i>}
   * @param actor a handledare or admin of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @param responses each form's answers, anonymous: no key, date or free text; not null
   * @return how many were stored
   */
  public int respond(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      SurveyPeriod period,
      List<Map<String, Integer>> responses) {
    actor.require(org, Role.HANDLEDARE, Role.ADMIN);
    return storage.transaction(
        tx -> {
          Organisations.requireService(tx, org, service);
          List<SurveyQuestion> questions =
              Surveys.withOwn(SurveyStore.in(tx).ownSurveyQuestions(org));
          Violations v = new Violations();
          List<Map<String, Integer>> checked = new ArrayList<>();
          for (int i = 0; i < responses.size(); i++) {
            Map<String, Integer> r = responses.get(i);
            Optional.ofNullable(v.attempt("/responses/" + i, () -> Surveys.check(questions, r)))
                .ifPresent(checked::add);
          }
          v.throwIfAny();
          // A response rate above 100 % cannot be: responses come to a survey offered, and never
          // more of them than were offered.
          SurveyStore store = SurveyStore.in(tx);
          int offered =
              store
                  .surveyOffered(org, service, period.name())
                  .orElseThrow(
                      () ->
                          ValidationException.of(
                              "/period",
                              "not-offered",
                              "the survey of "
                                  + period.name()
                                  + " was never offered at this service: record how many were"
                                  + " offered it first"));
          int stored = store.surveyResponses(org, service, period.name()).size();
          if (stored + checked.size() > offered) {
            throw ValidationException.of(
                "/responses",
                "more-than-offered",
                stored
                    + " responses are stored and "
                    + checked.size()
                    + " more would make "
                    + (stored + checked.size())
                    + ", more than the "
                    + offered
                    + " offered the survey");
          }
          checked.forEach(r -> store.insertSurveyResponse(org, service, period.name(), r));
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      org,
                      clock.instant(),
                      Optional.of(actor.key()),
                      actor.holder().value(),
                      "survey.responses.recorded",
                      "services/" + service + "/surveys/" + period.name(),
                      Optional.empty(),
                      Optional.of(checked.size())));
          return checked.size();
        });
  }

  /**
   * The survey's report for a service and period: offered against participants active in the period
   * (from the enrolments), response rate, share satisfied and each question's distribution, against
   * the targets.
   *
   * @param actor a member of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @return the period's report against the targets
   */
  public SurveyReport report(
      Actor actor, OrganisationId org, ServiceId service, SurveyPeriod period) {
    actor.require(org, Role.ANALYST, Role.HANDLEDARE, Role.ADMIN);
    return storage.transaction(
        tx -> {
          if (OrganisationStore.in(tx).service(org, service).isEmpty()) {
            throw StoredModeException.notFound("no service '" + service + "'");
          }
          int offered = SurveyStore.in(tx).surveyOffered(org, service, period.name()).orElse(0);
          long current =
              RegisterStore.in(tx).enrolments(org, Optional.of(service), period.to()).stream()
                  .filter(
                      e -> e.enrolment().closed().map(c -> !c.isBefore(period.from())).orElse(true))
                  .count();
          List<Map<String, Integer>> responses =
              SurveyStore.in(tx).surveyResponses(org, service, period.name());
          AuditLog.in(tx)
              .audit(
                  new AuditEntry(
                      org,
                      clock.instant(),
                      Optional.of(actor.key()),
                      actor.holder().value(),
                      "survey.read",
                      "services/" + service + "/surveys/" + period.name(),
                      Optional.empty(),
                      Optional.of(responses.size())));
          return Surveys.report(
              Surveys.withOwn(SurveyStore.in(tx).ownSurveyQuestions(org)),
              offered,
              (int) current,
              responses,
              targets);
        });
  }
}
