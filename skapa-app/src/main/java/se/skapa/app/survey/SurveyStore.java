package se.skapa.app.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.port.Tx;
import se.skapa.core.survey.SurveyQuestion;
import se.skapa.core.survey.SurveyTargets;

/**
 * The participant survey: offers, anonymous answers and the organisation's own questions. A port of
 * stored mode: its implementation takes part in the transaction of the {@link Tx} it is asked from,
 * and every query names its organisation.
 */
public interface SurveyStore {

  /**
   * @param tx the running transaction; not null
   * @return this port within it
   */
  static SurveyStore in(Tx tx) {
    return tx.port(SurveyStore.class);
  }

  /**
   * Sets how many were offered a service's survey in a period.
   *
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param period the survey period, e.g. {@code 2025}; not null
   * @param offered how many were offered it
   */
  void recordSurveyOffered(
      OrganisationId organisation, ServiceId service, String period, int offered);

  /**
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @return how many were offered it; empty if not recorded
   */
  Optional<Integer> surveyOffered(OrganisationId organisation, ServiceId service, String period);

  /**
   * Stores one anonymous response: no key, no time, no row id.
   *
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @param answers answer per question key; not null
   */
  void insertSurveyResponse(
      OrganisationId organisation, ServiceId service, String period, Map<String, Integer> answers);

  /**
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @return every response's answers, any order
   */
  List<Map<String, Integer>> surveyResponses(
      OrganisationId organisation, ServiceId service, String period);

  /**
   * Removes every response of a service's period, to be replaced by a corrected set.
   *
   * @param organisation the organisation; not null
   * @param service the service; not null
   * @param period the survey period; not null
   * @return how many were removed
   */
  int deleteSurveyResponses(OrganisationId organisation, ServiceId service, String period);

  /**
   * A batch sent before with this Idempotency-Key.
   *
   * @param fingerprint a hash of what the batch held
   * @param stored how many responses it stored
   */
  record BatchKey(String fingerprint, int stored) {}

  /**
   * Claims an Idempotency-Key for a batch, unless the organisation used it before.
   *
   * @param organisation the organisation; not null
   * @param key the client's key; not null
   * @param fingerprint a hash of the batch; not null
   * @param stored how many responses the batch stores
   * @param at when; not null
   * @return the earlier batch's claim if the key was used before (nothing is claimed); else empty
   */
  Optional<BatchKey> claimBatchKey(
      OrganisationId organisation, String key, String fingerprint, int stored, Instant at);

  /**
   * The organisation's own survey questions, in their order (none by default).
   *
   * @param organisation the organisation; not null
   * @return the questions
   */
  List<SurveyQuestion> ownSurveyQuestions(OrganisationId organisation);

  /**
   * Replaces the organisation's own survey questions with these, in this order.
   *
   * @param organisation the organisation; not null
   * @param questions the questions, checked; not null
   */
  void replaceOwnSurveyQuestions(OrganisationId organisation, List<SurveyQuestion> questions);

  /**
   * @param organisation the organisation; not null
   * @return the organisation's own survey targets; empty when it has set none
   */
  Optional<SurveyTargets> surveyTargets(OrganisationId organisation);

  /**
   * Sets the organisation's survey targets, replacing any it had.
   *
   * @param organisation the organisation; not null
   * @param targets the targets; not null
   */
  void replaceSurveyTargets(OrganisationId organisation, SurveyTargets targets);
}
