package se.skapa.app.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.ApiKey;
import se.skapa.app.EnrolmentId;
import se.skapa.app.StoredEnrolment;
import se.skapa.app.StoredReview;
import se.skapa.app.TargetSet;
import se.skapa.app.AuditEntry;
import se.skapa.app.KeyId;
import se.skapa.app.MeasurementId;
import se.skapa.app.Organisation;
import se.skapa.app.OrganisationId;
import se.skapa.app.ParticipantRef;
import se.skapa.app.Provenance;
import se.skapa.app.Service;
import se.skapa.app.ServiceId;
import se.skapa.app.Session;
import se.skapa.app.UserAccount;
import se.skapa.app.StoredMeasurement;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.ValidMeasurement;

/**
 * The operations of one transaction. Every query names its organisation: nothing crosses that line.
 * Implementations are used by one thread for the length of one transaction.
 */
public interface Tx {

    /** @return false if the id is taken */
    boolean insertOrganisation(Organisation organisation);

    Optional<Organisation> organisation(OrganisationId id);

    void insertKey(ApiKey key, byte[] hash);

    /** A key that is not revoked, by the hash of its secret. */
    Optional<ApiKey> activeKeyByHash(byte[] hash);

    List<ApiKey> keys(OrganisationId organisation);

    /** @return false if there is no such unrevoked key in the organisation */
    boolean revokeKey(OrganisationId organisation, KeyId id, Instant at);

    /** Records use; implementations may skip the write when the last record is recent. */
    void touchKey(KeyId id, Instant at);

    /** @return false if the id is taken in the organisation */
    boolean insertService(Service service);

    Optional<Service> service(OrganisationId organisation, ServiceId id);

    List<Service> services(OrganisationId organisation);

    /**
     * Stores version 1 of a measurement, unless the organisation holds one of the same participant,
     * instrument, respondent and date.
     *
     * @return the existing measurement's id if there is one (nothing is stored), else empty
     */
    Optional<MeasurementId> insertMeasurement(Provenance provenance, ServiceId service, ValidMeasurement measurement);

    /** A new measurement to store: what {@link #insertMeasurement} takes, for many at once. */
    record NewMeasurement(Provenance provenance, ServiceId service, ValidMeasurement measurement) {
    }

    /**
     * Stores many new measurements as {@link #insertMeasurement} stores one, in one round trip per batch: an import
     * of a register must not cost a round trip per row.
     *
     * @return per measurement, in order: empty if stored, else the id of the stored one with the same identity
     */
    List<Optional<MeasurementId>> insertMeasurements(List<NewMeasurement> measurements);

    /**
     * Stores {@code provenance.version()} as the current version if the current one is
     * {@code provenance.version() - 1}; every earlier version stays in the history.
     *
     * @return false if the current version is another (a concurrent correction won)
     */
    boolean correctMeasurement(Provenance provenance, ServiceId service, ValidMeasurement measurement);

    /** The same participant, instrument, respondent and date, other than {@code except}. */
    Optional<MeasurementId> sameMeasurement(OrganisationId organisation, Pseudonym participant, String instrumentId,
                                            Respondent respondent, LocalDate date, Optional<MeasurementId> except);

    Optional<StoredMeasurement> measurement(OrganisationId organisation, MeasurementId id);

    /** Every version, oldest first; empty if there is no such measurement. */
    List<StoredMeasurement> history(OrganisationId organisation, MeasurementId id);

    /** A participant's current measurements of an instrument dated on or before {@code asOf}. */
    List<StoredMeasurement> participantSeries(OrganisationId organisation, Pseudonym participant, String instrumentId,
                                              LocalDate asOf);

    /**
     * Current measurements of an instrument by one respondent, taken at a service, dated in [from, to]:
     * what a cohort report needs, without provenance, handledare or comment.
     */
    List<Measurement> serviceMeasurements(OrganisationId organisation, ServiceId service, String instrumentId, Respondent respondent,
                                          LocalDate from, LocalDate to);

    /** Current measurements taken at a service (or any, when empty) dated in [from, to], by date. */
    List<StoredMeasurement> measurementsBetween(OrganisationId organisation, Optional<ServiceId> service, LocalDate from, LocalDate to);

    /** Per participant, the current measurement of an instrument with the latest date on or before {@code asOf}. */
    List<StoredMeasurement> latestPerParticipant(OrganisationId organisation, String instrumentId, LocalDate asOf);

    /**
     * Claims an Idempotency-Key for a request. Waits for a concurrent claim of the same key to end.
     *
     * @return empty if this call claimed it; else the earlier claim
     */
    Optional<IdempotentClaim> claimIdempotencyKey(OrganisationId organisation, String key, String fingerprint,
                                                  MeasurementId id, Pseudonym participant, Instant at);

    /** An earlier request's claim of an Idempotency-Key: what it sent (a hash) and what it created. */
    record IdempotentClaim(String fingerprint, MeasurementId created) {
    }

    /**
     * Deletes every row of one participant (measurements, their history, idempotency records) and
     * removes the participant from the audit trail's earlier lines.
     *
     * @return rows deleted
     */
    int eraseParticipant(OrganisationId organisation, Pseudonym participant);

    /** Participants, in every organisation, whose latest measurement is dated before {@code cutoff}. */
    List<ParticipantRef> participantsLastMeasuredBefore(LocalDate cutoff);

    /** Forgets idempotency claims made before {@code before}. @return rows deleted */
    int forgetIdempotencyClaims(Instant before);

    /**
     * Stores version 1 of an enrolment, unless the organisation has one of the same participant, service and admission date.
     *
     * @return the existing enrolment's id if there is one (nothing is stored), else empty
     */
    Optional<EnrolmentId> insertEnrolment(StoredEnrolment enrolment);

    /** Stores {@code next} if the current version is {@code next.version() - 1}. @return false if another change came first */
    boolean updateEnrolment(StoredEnrolment next);

    Optional<StoredEnrolment> enrolment(OrganisationId organisation, EnrolmentId id);

    /** Current enrolments of one service, or of every service when {@code service} is empty, admitted on or before {@code to}. */
    List<StoredEnrolment> enrolments(OrganisationId organisation, Optional<ServiceId> service, LocalDate to);

    /** Replaces the target set of the same service (or the organisation) and period. */
    void replaceTargets(OrganisationId organisation, TargetSet targets);

    /** Every target set of a service (or of the organisation, when empty). */
    List<TargetSet> targets(OrganisationId organisation, Optional<ServiceId> service);

    void insertReview(StoredReview review);

    /** Stores {@code next} if the current version is {@code next.version() - 1}. */
    boolean updateReview(StoredReview next);

    Optional<StoredReview> review(OrganisationId organisation, java.util.UUID id);

    List<StoredReview> reviews(OrganisationId organisation, ServiceId service);

    List<StoredReview> reviewHistory(OrganisationId organisation, java.util.UUID id);

    /** Sets how many were offered a service's survey in a period. */
    void recordSurveyOffered(OrganisationId organisation, ServiceId service, String period, int offered);

    Optional<Integer> surveyOffered(OrganisationId organisation, ServiceId service, String period);

    /** Stores one anonymous response: no key, no time, no row id. */
    void insertSurveyResponse(OrganisationId organisation, ServiceId service, String period, Map<String, Integer> answers);

    List<Map<String, Integer>> surveyResponses(OrganisationId organisation, ServiceId service, String period);

    /** The organisation's own survey questions, in their order (none by default). */
    List<se.skapa.core.survey.SurveyQuestion> ownSurveyQuestions(OrganisationId organisation);

    /** Replaces the organisation's own survey questions with these, in this order. */
    void replaceOwnSurveyQuestions(OrganisationId organisation, List<se.skapa.core.survey.SurveyQuestion> questions);

    /** @return false if the organisation has an account with this username */
    boolean insertUser(UserAccount account, String passwordHash);

    /** An account and its password hash. */
    record Credentials(UserAccount account, String passwordHash) {
    }

    Optional<Credentials> user(OrganisationId organisation, Pseudonym username);

    List<UserAccount> users(OrganisationId organisation);

    /** Failed sign-ins of one username since {@code since}. */
    int signInFailures(OrganisationId organisation, Pseudonym username, Instant since);

    void recordSignInFailure(OrganisationId organisation, Pseudonym username, Instant at);

    void clearSignInFailures(OrganisationId organisation, Pseudonym username);

    void insertSession(byte[] tokenHash, Session session);

    Optional<Session> session(byte[] tokenHash);

    /** Records activity; implementations may skip the write when the last record is recent. */
    void touchSession(byte[] tokenHash, Instant at);

    void deleteSession(byte[] tokenHash);

    /** Ends sessions idle since {@code idleBefore} or begun before {@code createdBefore}. @return sessions ended */
    int deleteExpiredSessions(Instant idleBefore, Instant createdBefore);

    void audit(AuditEntry entry);

    /** Audit lines of one organisation with {@code from <= at < to}, oldest first, at most {@code limit}. */
    List<AuditEntry> audit(OrganisationId organisation, Instant from, Instant to, int limit);
}
