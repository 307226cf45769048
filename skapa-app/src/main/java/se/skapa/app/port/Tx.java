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

    /**
     * @return false if the id is taken
     *
     * @param organisation the organisation; not null
     */
    boolean insertOrganisation(Organisation organisation);

    /**
     * @param id an organisation's id; not null
     * @return the organisation; empty if there is none
     */
    Optional<Organisation> organisation(OrganisationId id);

    /**
     * Stores an API key; only the hash of its secret is kept.
     *
     * @param key  the key's id, holder and roles; not null
     * @param hash the hash of its secret; not null
     */
    void insertKey(ApiKey key, byte[] hash);

    /**
     * A key that is not revoked, by the hash of its secret.
     *
     * @param hash the hash of a presented secret; not null
     * @return the key; empty if none or revoked
     */
    Optional<ApiKey> activeKeyByHash(byte[] hash);

    /**
     * @param organisation the organisation; not null
     * @return every key of the organisation, revoked ones included
     */
    List<ApiKey> keys(OrganisationId organisation);

    /**
     * @return false if there is no such unrevoked key in the organisation
     *
     * @param organisation the organisation; not null
     * @param id           the key; not null
     * @param at           when it is revoked; not null
     */
    boolean revokeKey(OrganisationId organisation, KeyId id, Instant at);

    /**
     * Records use; implementations may skip the write when the last record is recent.
     *
     * @param id the key used; not null
     * @param at when; not null
     */
    void touchKey(KeyId id, Instant at);

    /**
     * @return false if the id is taken in the organisation
     *
     * @param service the service; not null
     */
    boolean insertService(Service service);

    /**
     * @param organisation the organisation; not null
     * @param id           a service's id; not null
     * @return the service; empty if the organisation has none by that id
     */
    Optional<Service> service(OrganisationId organisation, ServiceId id);

    /**
     * @param organisation the organisation; not null
     * @return the organisation's services
     */
    List<Service> services(OrganisationId organisation);

    /**
     * Stores version 1 of a measurement, unless the organisation holds one of the same participant,
     * instrument, respondent and date.
     *
     * @return the existing measurement's id if there is one (nothing is stored), else empty
     * @param provenance who recorded it, when, version 1, and its id; not null
     * @param service    where it was taken; not null
     * @param measurement the measurement, every rule checked; not null
     */
    Optional<MeasurementId> insertMeasurement(Provenance provenance, ServiceId service, ValidMeasurement measurement);

    /**
     * A new measurement to store: what {@link #insertMeasurement} takes, for many at once.
     *
     * @param provenance  who recorded it, when, version 1, and its id
     * @param service     where it was taken
     * @param measurement the measurement, every rule checked
     */
    record NewMeasurement(Provenance provenance, ServiceId service, ValidMeasurement measurement) {
    }

    /**
     * Stores many new measurements as {@link #insertMeasurement} stores one, in one round trip per batch: an import
     * of a register must not cost a round trip per row.
     *
     * @return per measurement, in order: empty if stored, else the id of the stored one with the same identity
     * @param measurements the measurements, in order; not null
     */
    List<Optional<MeasurementId>> insertMeasurements(List<NewMeasurement> measurements);

    /**
     * Stores {@code provenance.version()} as the current version if the current one is
     * {@code provenance.version() - 1}; every earlier version stays in the history.
     *
     * @return false if the current version is another (a concurrent correction won)
     * @param provenance  the new version's provenance; not null
     * @param service     where it was taken; not null
     * @param measurement the corrected measurement; not null
     */
    boolean correctMeasurement(Provenance provenance, ServiceId service, ValidMeasurement measurement);

    /**
     * The same participant, instrument, respondent and date, other than {@code except}.
     *
     * @param organisation the organisation; not null
     * @param participant  the participant; not null
     * @param instrumentId the instrument; not null
     * @param respondent   who rated; not null
     * @param date         the day; not null
     * @param except       a measurement to leave out (the one being corrected); not null, may be empty
     * @return the id of such a measurement; empty if there is none
     */
    Optional<MeasurementId> sameMeasurement(OrganisationId organisation, Pseudonym participant, String instrumentId,
                                            Respondent respondent, LocalDate date, Optional<MeasurementId> except);

    /**
     * @param organisation the organisation; not null
     * @param id           a measurement's id; not null
     * @return its current version; empty if there is none
     */
    Optional<StoredMeasurement> measurement(OrganisationId organisation, MeasurementId id);

    /**
     * Every version, oldest first; empty if there is no such measurement.
     *
     * @param organisation the organisation; not null
     * @param id           a measurement's id; not null
     * @return the versions
     */
    List<StoredMeasurement> history(OrganisationId organisation, MeasurementId id);

    /**
     * A participant's current measurements of an instrument dated on or before {@code asOf}.
     *
     * @param organisation the organisation; not null
     * @param participant  the participant; not null
     * @param instrumentId the instrument; not null
     * @param asOf         the last day included; not null
     * @return the measurements, any order
     */
    List<StoredMeasurement> participantSeries(OrganisationId organisation, Pseudonym participant, String instrumentId,
                                              LocalDate asOf);

    /**
     * Current measurements of an instrument by one respondent, taken at a service, dated in [from, to]:
     * what a cohort report needs, without provenance, handledare or comment.
     *
     * @param organisation the organisation; not null
     * @param service      the service; not null
     * @param instrumentId the instrument; not null
     * @param respondent   who rated; not null
     * @param from         the first day included; not null
     * @param to           the last day included; not null
     * @return the measurements, any order
     */
    List<Measurement> serviceMeasurements(OrganisationId organisation, ServiceId service, String instrumentId, Respondent respondent,
                                          LocalDate from, LocalDate to);

    /**
     * Current measurements taken at a service (or any, when empty) dated in [from, to], by date.
     *
     * @param organisation the organisation; not null
     * @param service      the service, or empty for every service; not null
     * @param from         the first day included; not null
     * @param to           the last day included; not null
     * @return the measurements by date
     */
    List<StoredMeasurement> measurementsBetween(OrganisationId organisation, Optional<ServiceId> service, LocalDate from, LocalDate to);

    /**
     * Per participant, the current measurement of an instrument with the latest date on or before {@code asOf}.
     *
     * @param organisation the organisation; not null
     * @param instrumentId the instrument; not null
     * @param asOf         the last day included; not null
     * @return one measurement per participant
     */
    List<StoredMeasurement> latestPerParticipant(OrganisationId organisation, String instrumentId, LocalDate asOf);

    /**
     * Claims an Idempotency-Key for a request. Waits for a concurrent claim of the same key to end.
     *
     * @return empty if this call claimed it; else the earlier claim
     * @param organisation the organisation; not null
     * @param key          the client's Idempotency-Key; not null
     * @param fingerprint  a hash of what the request sent; not null
     * @param id           the measurement this request creates; not null
     * @param participant  whose measurement it is, so erasure can remove the claim; not null
     * @param at           when; not null
     */
    Optional<IdempotentClaim> claimIdempotencyKey(OrganisationId organisation, String key, String fingerprint,
                                                  MeasurementId id, Pseudonym participant, Instant at);

    /**
     * An earlier request's claim of an Idempotency-Key: what it sent (a hash) and what it created.
     *
     * @param fingerprint the hash of what the earlier request sent
     * @param created     the measurement it created
     */
    record IdempotentClaim(String fingerprint, MeasurementId created) {
    }

    /**
     * Deletes every row of one participant (measurements, their history, idempotency records) and
     * removes the participant from the audit trail's earlier lines.
     *
     * @return rows deleted
     * @param organisation the organisation; not null
     * @param participant  the participant; not null
     */
    int eraseParticipant(OrganisationId organisation, Pseudonym participant);

    /**
     * Participants, in every organisation, whose latest measurement is dated before {@code cutoff}.
     *
     * @param cutoff the first day that keeps a participant; not null
     * @return the participants, by organisation and key
     */
    List<ParticipantRef> participantsLastMeasuredBefore(LocalDate cutoff);

    /**
     * Forgets idempotency claims made before {@code before}.
     *
     * @param before the first instant kept; not null
     * @return rows deleted
     */
    int forgetIdempotencyClaims(Instant before);

    /**
     * Stores version 1 of an enrolment, unless the organisation has one of the same participant, service and admission date.
     *
     * @return the existing enrolment's id if there is one (nothing is stored), else empty
     * @param enrolment version 1 of the enrolment; not null
     */
    Optional<EnrolmentId> insertEnrolment(StoredEnrolment enrolment);

    /**
     * Stores {@code next} if the current version is {@code next.version() - 1}.
     *
     * @param next the next version; not null
     * @return false if another change came first
     */
    boolean updateEnrolment(StoredEnrolment next);

    /**
     * @param organisation the organisation; not null
     * @param id           an enrolment's id; not null
     * @return its current version; empty if there is none
     */
    Optional<StoredEnrolment> enrolment(OrganisationId organisation, EnrolmentId id);

    /**
     * Current enrolments of one service, or of every service when {@code service} is empty, admitted on or before {@code to}.
     *
     * @param organisation the organisation; not null
     * @param service      the service, or empty for every service; not null
     * @param to           the last admission day included; not null
     * @return the enrolments
     */
    List<StoredEnrolment> enrolments(OrganisationId organisation, Optional<ServiceId> service, LocalDate to);

    /**
     * Replaces the target set of the same service (or the organisation) and period.
     *
     * @param organisation the organisation; not null
     * @param targets      the new target set; not null
     */
    void replaceTargets(OrganisationId organisation, TargetSet targets);

    /**
     * Every target set of a service (or of the organisation, when empty).
     *
     * @param organisation the organisation; not null
     * @param service      the service, or empty for the organisation's own; not null
     * @return the target sets
     */
    List<TargetSet> targets(OrganisationId organisation, Optional<ServiceId> service);

    /**
     * Stores version 1 of a fidelity review.
     *
     * @param review the review; not null
     */
    void insertReview(StoredReview review);

    /**
     * Stores {@code next} if the current version is {@code next.version() - 1}.
     *
     * @param next the next version; not null
     * @return false if another change came first
     */
    boolean updateReview(StoredReview next);

    /**
     * @param organisation the organisation; not null
     * @param id           a review's id; not null
     * @return its current version; empty if there is none
     */
    Optional<StoredReview> review(OrganisationId organisation, java.util.UUID id);

    /**
     * @param organisation the organisation; not null
     * @param service      the service; not null
     * @return the current version of every review of the service
     */
    List<StoredReview> reviews(OrganisationId organisation, ServiceId service);

    /**
     * @param organisation the organisation; not null
     * @param id           a review's id; not null
     * @return every version, oldest first; empty if there is no such review
     */
    List<StoredReview> reviewHistory(OrganisationId organisation, java.util.UUID id);

    /**
     * Sets how many were offered a service's survey in a period.
     *
     * @param organisation the organisation; not null
     * @param service      the service; not null
     * @param period       the survey period, e.g. {@code 2025}; not null
     * @param offered      how many were offered it
     */
    void recordSurveyOffered(OrganisationId organisation, ServiceId service, String period, int offered);

    /**
     * @param organisation the organisation; not null
     * @param service      the service; not null
     * @param period       the survey period; not null
     * @return how many were offered it; empty if not recorded
     */
    Optional<Integer> surveyOffered(OrganisationId organisation, ServiceId service, String period);

    /**
     * Stores one anonymous response: no key, no time, no row id.
     *
     * @param organisation the organisation; not null
     * @param service      the service; not null
     * @param period       the survey period; not null
     * @param answers      answer per question key; not null
     */
    void insertSurveyResponse(OrganisationId organisation, ServiceId service, String period, Map<String, Integer> answers);

    /**
     * @param organisation the organisation; not null
     * @param service      the service; not null
     * @param period       the survey period; not null
     * @return every response's answers, any order
     */
    List<Map<String, Integer>> surveyResponses(OrganisationId organisation, ServiceId service, String period);

    /**
     * The organisation's own survey questions, in their order (none by default).
     *
     * @param organisation the organisation; not null
     * @return the questions
     */
    List<se.skapa.core.survey.SurveyQuestion> ownSurveyQuestions(OrganisationId organisation);

    /**
     * Replaces the organisation's own survey questions with these, in this order.
     *
     * @param organisation the organisation; not null
     * @param questions    the questions, checked; not null
     */
    void replaceOwnSurveyQuestions(OrganisationId organisation, List<se.skapa.core.survey.SurveyQuestion> questions);

    /**
     * @return false if the organisation has an account with this username
     *
     * @param account      the account; not null
     * @param passwordHash the password's PBKDF2 hash, never the password; not null
     */
    boolean insertUser(UserAccount account, String passwordHash);

    /**
     * An account and its password hash.
     *
     * @param account      the account
     * @param passwordHash the password's hash
     */
    record Credentials(UserAccount account, String passwordHash) {
    }

    /**
     * @param organisation the organisation; not null
     * @param username     the account's username; not null
     * @return the account and its hash; empty if there is none
     */
    Optional<Credentials> user(OrganisationId organisation, Pseudonym username);

    /**
     * @param organisation the organisation; not null
     * @return the organisation's accounts
     */
    List<UserAccount> users(OrganisationId organisation);

    /**
     * Failed sign-ins of one username since {@code since}.
     *
     * @param organisation the organisation; not null
     * @param username     the username tried; not null
     * @param since        the first instant counted; not null
     * @return how many
     */
    int signInFailures(OrganisationId organisation, Pseudonym username, Instant since);

    /**
     * Records a failed sign-in.
     *
     * @param organisation the organisation; not null
     * @param username     the username tried; not null
     * @param at           when; not null
     */
    void recordSignInFailure(OrganisationId organisation, Pseudonym username, Instant at);

    /**
     * Forgets a username's failed sign-ins, after a successful one.
     *
     * @param organisation the organisation; not null
     * @param username     the username; not null
     */
    void clearSignInFailures(OrganisationId organisation, Pseudonym username);

    /**
     * Stores a signed-in session; only the hash of its token is kept.
     *
     * @param tokenHash the hash of the session token; not null
     * @param session   the session; not null
     */
    void insertSession(byte[] tokenHash, Session session);

    /**
     * @param tokenHash the hash of a presented token; not null
     * @return the session; empty if there is none
     */
    Optional<Session> session(byte[] tokenHash);

    /**
     * Records activity; implementations may skip the write when the last record is recent.
     *
     * @param tokenHash the session's token hash; not null
     * @param at        when; not null
     */
    void touchSession(byte[] tokenHash, Instant at);

    /**
     * Ends a session (sign-out).
     *
     * @param tokenHash the session's token hash; not null
     */
    void deleteSession(byte[] tokenHash);

    /**
     * Ends sessions idle since {@code idleBefore} or begun before {@code createdBefore}.
     *
     * @param idleBefore    sessions last used before this end; not null
     * @param createdBefore sessions begun before this end; not null
     * @return sessions ended
     */
    int deleteExpiredSessions(Instant idleBefore, Instant createdBefore);

    /**
     * Appends a line to the audit trail; lines are never changed (erasure only removes the participant's key from them).
     *
     * @param entry the line; not null
     */
    void audit(AuditEntry entry);

    /**
     * Audit lines of one organisation with {@code from <= at < to}, oldest first, at most {@code limit}.
     *
     * @param organisation the organisation; not null
     * @param from         the first instant included; not null
     * @param to           the first instant excluded; not null
     * @param limit        the most lines returned
     * @return the lines
     */
    List<AuditEntry> audit(OrganisationId organisation, Instant from, Instant to, int limit);
}
