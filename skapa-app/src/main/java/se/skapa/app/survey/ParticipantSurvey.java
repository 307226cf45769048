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
import se.skapa.app.port.Tx;
import se.skapa.app.register.RegisterStore;
import se.skapa.core.common.FreeText;
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
   * @param targets the survey targets of an organisation that has set none of its own; not null
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
                  AuditEntry.counted(
                      actor,
                      clock.instant(),
                      "survey.questions.set",
                      "surveys/questions",
                      own.size()));
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
   * What recording a batch did.
   *
   * @param stored how many responses the batch stored
   * @param replayed true if the same batch came before with the same Idempotency-Key and nothing
   *     was stored now
   */
  public record Recorded(int stored, boolean replayed) {}

  /**
   * Records a batch of responses, whole or not at all, without a key to recognise a retry.
   *
   * @param actor a handledare or admin of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @param responses each form's answers; not null
   * @return how many were stored
   * @throws ValidationException on any answer, pointers under {@code /responses/<i>}
   */
  public int respond(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      SurveyPeriod period,
      List<Map<String, Integer>> responses) {
    return respond(actor, org, service, period, responses, Optional.empty()).stored();
  }

  /**
   * Records a batch of responses, whole or not at all. The same batch sent again with the same
   * Idempotency-Key (a retry after a lost answer) is recognised and stored once.
   *
   * @param actor a handledare or admin of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @param responses each form's answers, anonymous: no key, date or free text; not null
   * @param idempotencyKey the client's key for this batch, if it sent one; not null
   * @return how many were stored, and whether this was a replay
   * @throws ValidationException on any answer, pointers under {@code /responses/<i>}
   * @throws StoredModeException idempotency mismatch if the key came with another batch
   */
  public Recorded respond(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      SurveyPeriod period,
      List<Map<String, Integer>> responses,
      Optional<String> idempotencyKey) {
    actor.require(org, Role.HANDLEDARE, Role.ADMIN);
    return storage.transaction(
        tx -> {
          Organisations.requireService(tx, org, service);
          List<Map<String, Integer>> checked = checked(tx, org, responses);
          if (idempotencyKey.isPresent()) {
            String fingerprint = fingerprint(service, period, checked);
            Optional<SurveyStore.BatchKey> earlier =
                SurveyStore.in(tx)
                    .claimBatchKey(
                        org, idempotencyKey.get(), fingerprint, checked.size(), clock.instant());
            if (earlier.isPresent()) {
              if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw StoredModeException.idempotencyMismatch(
                    "this Idempotency-Key was used for another batch; use a new key for a new"
                        + " batch");
              }
              return new Recorded(earlier.get().stored(), true);
            }
          }
          store(tx, actor, org, service, period, checked, false);
          return new Recorded(checked.size(), false);
        });
  }

  /**
   * Replaces every response of a service's period with a corrected set (paper forms entered
   * wrongly), whole or not at all, audited with the reason. Responses have no ids, so that none can
   * be linked to a person: a correction gives the period's whole set again.
   *
   * @param actor an admin of the organisation; not null
   * @param org the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @param responses the period's every response, corrected; not null
   * @param reason why, in a sentence; no personnummer; not null
   * @return how many were removed and how many stored
   * @throws ValidationException on any answer, a blank reason, or more responses than offered
   */
  public Replaced replace(
      Actor actor,
      OrganisationId org,
      ServiceId service,
      SurveyPeriod period,
      List<Map<String, Integer>> responses,
      String reason) {
    actor.require(org, Role.ADMIN);
    Violations v = new Violations();
    v.check(!reason.isBlank(), "/reason", "reason", "a correction needs a reason");
    FreeText.check(v, () -> "/reason", "reason", Optional.of(reason));
    v.throwIfAny();
    return storage.transaction(
        tx -> {
          Organisations.requireService(tx, org, service);
          List<Map<String, Integer>> checked = checked(tx, org, responses);
          int removed = SurveyStore.in(tx).deleteSurveyResponses(org, service, period.name());
          store(tx, actor, org, service, period, checked, true);
          return new Replaced(removed, checked.size());
        });
  }

  /**
   * What a correction did.
   *
   * @param removed responses removed
   * @param stored responses stored in their place
   */
  public record Replaced(int removed, int stored) {}

  private static List<Map<String, Integer>> checked(
      Tx tx, OrganisationId org, List<Map<String, Integer>> responses) {
    List<SurveyQuestion> questions = Surveys.withOwn(SurveyStore.in(tx).ownSurveyQuestions(org));
    Violations v = new Violations();
    List<Map<String, Integer>> checked = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      Map<String, Integer> r = responses.get(i);
      Optional.ofNullable(v.attempt("/responses/" + i, () -> Surveys.check(questions, r)))
          .ifPresent(checked::add);
    }
    v.throwIfAny();
    return checked;
  }

  /** A hash of the batch, the same for the same answers in the same order. */
  private static String fingerprint(
      ServiceId service, SurveyPeriod period, List<Map<String, Integer>> responses) {
    StringBuilder b = new StringBuilder(service.value()).append('|').append(period.name());
    for (Map<String, Integer> r : responses) {
      b.append('|');
      new java.util.TreeMap<>(r).forEach((k, x) -> b.append(k).append('=').append(x).append(','));
    }
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private void store(
      Tx tx,
      Actor actor,
      OrganisationId org,
      ServiceId service,
      SurveyPeriod period,
      List<Map<String, Integer>> checked,
      boolean replacing) {
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
            AuditEntry.counted(
                actor,
                clock.instant(),
                replacing ? "survey.responses.replaced" : "survey.responses.recorded",
                "services/" + service + "/surveys/" + period.name(),
                checked.size()));
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
                  AuditEntry.counted(
                      actor,
                      clock.instant(),
                      "survey.read",
                      "services/" + service + "/surveys/" + period.name(),
                      responses.size()));
          return Surveys.report(
              Surveys.withOwn(SurveyStore.in(tx).ownSurveyQuestions(org)),
              offered,
              (int) current,
              responses,
              SurveyTargetSettings.current(tx, org, targets).targets());
        });
  }
}
