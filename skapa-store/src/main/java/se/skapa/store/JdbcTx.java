package se.skapa.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.survey.SurveyQuestion;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import se.skapa.app.Role;
import se.skapa.app.Service;
import se.skapa.app.ServiceId;
import se.skapa.app.Session;
import se.skapa.app.UserAccount;
import se.skapa.app.StoredMeasurement;
import se.skapa.app.port.StorageException;
import se.skapa.app.port.Tx;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.fidelity.ActionPlanItem;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.Review;
import se.skapa.core.outcomes.Metric;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Target;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.core.progression.ValidMeasurement;

/** One transaction's statements. Every statement names org_id. */
final class JdbcTx implements Tx {

    private static final String MEASUREMENT_COLUMNS = "org_id, id, version, service_id, participant, instrument_id, instrument_version, "
            + "respondent, measured_on, handledare, indicators, scores, comment, recorded_by_key, recorded_by, recorded_at";
    private static final String MEASUREMENT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    /** Key use is recorded to the minute: a write per request would double the cost of every read. */
    private static final String TOUCH_INTERVAL = "1 minute";

    private static final LocalDate Y2K = LocalDate.of(2000, 1, 1);

    private final Connection c;

    JdbcTx(Connection c) {
        this.c = c;
    }

    @Override
    public boolean insertOrganisation(Organisation o) {
        return update("INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                o.id().value(), o.name(), ts(o.created())) == 1;
    }

    @Override
    public Optional<Organisation> organisation(OrganisationId id) {
        return one("SELECT id, name, created_at FROM organisations WHERE id = ?",
                rs -> new Organisation(OrganisationId.of(rs.getString(1)), rs.getString(2), at(rs, 3)), id.value());
    }

    @Override
    public void insertKey(ApiKey k, byte[] hash) {
        update("INSERT INTO api_keys (id, org_id, holder, roles, secret_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                k.id().value(), k.organisation().value(), k.holder().value(), roles(k.roles()),
                hash, ts(k.created()));
    }

    private static final String KEY_COLUMNS = "id, org_id, holder, roles, created_at, revoked_at, last_used_at";

    @Override
    public Optional<ApiKey> activeKeyByHash(byte[] hash) {
        return one("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE secret_sha256 = ? AND revoked_at IS NULL", JdbcTx::key, hash);
    }

    @Override
    public List<ApiKey> keys(OrganisationId org) {
        return list("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE org_id = ? ORDER BY created_at, holder, id", JdbcTx::key, org.value());
    }

    @Override
    public boolean revokeKey(OrganisationId org, KeyId id, Instant at) {
        return update("UPDATE api_keys SET revoked_at = ? WHERE org_id = ? AND id = ? AND revoked_at IS NULL",
                ts(at), org.value(), id.value()) == 1;
    }

    @Override
    public void touchKey(KeyId id, Instant at) {
        update("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?::timestamptz - interval '"
                + TOUCH_INTERVAL + "')", ts(at), id.value(), ts(at));
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        Set<Role> roles = roles(rs.getArray(4));
        return new ApiKey(new KeyId(rs.getObject(1, UUID.class)), OrganisationId.of(rs.getString(2)), Pseudonym.of(rs.getString(3)),
                roles, at(rs, 5), instant(rs, 6), instant(rs, 7));
    }

    @Override
    public boolean insertService(Service s) {
        return update("INSERT INTO services (org_id, id, name, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                s.organisation().value(), s.id().value(), s.name(), ts(s.created())) == 1;
    }

    @Override
    public Optional<Service> service(OrganisationId org, ServiceId id) {
        return one("SELECT org_id, id, name, created_at FROM services WHERE org_id = ? AND id = ?", JdbcTx::service, org.value(), id.value());
    }

    @Override
    public List<Service> services(OrganisationId org) {
        return list("SELECT org_id, id, name, created_at FROM services WHERE org_id = ? ORDER BY id", JdbcTx::service, org.value());
    }

    private static Service service(ResultSet rs) throws SQLException {
        return new Service(OrganisationId.of(rs.getString(1)), ServiceId.of(rs.getString(2)), rs.getString(3), at(rs, 4));
    }

    @Override
    public Optional<MeasurementId> insertMeasurement(Provenance p, ServiceId service, ValidMeasurement valid) {
        // ON CONFLICT waits for a concurrent insert of the same identity and then sees it: a duplicate
        // is reported with the id that won, never stored twice. The first version goes in the same
        // statement: one round trip, not two.
        int inserted = update("WITH m AS (INSERT INTO measurements (" + MEASUREMENT_COLUMNS + ") VALUES (" + MEASUREMENT_VALUES + ") "
                + "ON CONFLICT (org_id, participant, instrument_id, respondent, measured_on) DO NOTHING RETURNING " + MEASUREMENT_COLUMNS + ") "
                + "INSERT INTO measurement_versions (" + MEASUREMENT_COLUMNS + ") SELECT " + MEASUREMENT_COLUMNS + " FROM m",
                measurementValues(p, service, valid));
        if (inserted == 0) {
            Measurement m = valid.measurement();
            return sameMeasurement(p.organisation(), m.participant(), m.instrumentId(), m.respondent(), m.date(), Optional.empty());
        }
        return Optional.empty();
    }

    /** Rows sent to the server in one batch: large enough that round trips vanish, small enough to keep memory flat. */
    private static final int BATCH = 1000;

    /**
     * A thousand rows in one statement: each column travels as one array and {@code unnest} turns them back into rows,
     * so the database plans and executes once per batch where a JDBC batch executes once per row. A measurement's own
     * arrays (indicator keys, scores) ride as text: keys are slugs (no comma) and {@code n} marks "not answered".
     */
    private static final String INSERT_MANY = "WITH input AS (SELECT * FROM unnest(?::text[], ?::uuid[], ?::int[], ?::text[], ?::text[], "
            + "?::text[], ?::int[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::timestamptz[]) "
            + "AS t(org_id, id, version, service_id, participant, instrument_id, instrument_version, respondent, measured_on, handledare, "
            + "indicators, scores, comment, recorded_by_key, recorded_by, recorded_at)), "
            + "m AS (INSERT INTO measurements (" + MEASUREMENT_COLUMNS + ") SELECT org_id, id, version, service_id, participant, instrument_id, "
            + "instrument_version, respondent, measured_on, handledare, string_to_array(indicators, ','), "
            + "string_to_array(scores, ',', 'n')::integer[], comment, recorded_by_key, recorded_by, recorded_at FROM input "
            + "ON CONFLICT (org_id, participant, instrument_id, respondent, measured_on) DO NOTHING RETURNING " + MEASUREMENT_COLUMNS + "), "
            + "v AS (INSERT INTO measurement_versions (" + MEASUREMENT_COLUMNS + ") SELECT " + MEASUREMENT_COLUMNS + " FROM m RETURNING id) "
            + "SELECT id FROM v";

    /** The element type of each of {@link #INSERT_MANY}'s arrays, in column order. */
    private static final String[] INSERT_MANY_TYPES = {"text", "uuid", "integer", "text", "text", "text", "integer", "text", "date", "text",
        "text", "text", "text", "uuid", "text", "timestamptz"};

    @Override
    public List<Optional<MeasurementId>> insertMeasurements(List<NewMeasurement> all) {
        List<Optional<MeasurementId>> out = new ArrayList<>(all.size());
        try (PreparedStatement ps = c.prepareStatement(INSERT_MANY)) {
            for (int from = 0; from < all.size(); from += BATCH) {
                List<NewMeasurement> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                Object[][] columns = new Object[16][batch.size()];
                for (int row = 0; row < batch.size(); row++) {
                    NewMeasurement n = batch.get(row);
                    Answers answers = Answers.of(n.measurement().measurement());
                    Object[] values = measurementValues(n.provenance(), n.service(), n.measurement(), String.join(",", answers.keys()),
                            answers.scoresText());
                    for (int col = 0; col < 16; col++) {
                        columns[col][row] = values[col];
                    }
                }
                for (int col = 0; col < 16; col++) {
                    ps.setArray(col + 1, c.createArrayOf(INSERT_MANY_TYPES[col], columns[col]));
                }
                java.util.Set<UUID> stored = new java.util.HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getObject(1, UUID.class));
                    }
                }
                for (NewMeasurement n : batch) {
                    if (stored.contains(n.provenance().id().value())) {
                        out.add(Optional.empty());
                    } else {
                        Measurement m = n.measurement().measurement();
                        out.add(sameMeasurement(n.provenance().organisation(), m.participant(), m.instrumentId(), m.respondent(), m.date(),
                                Optional.empty()));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StorageException("statement failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean correctMeasurement(Provenance p, ServiceId service, ValidMeasurement valid) {
        Object[] v = measurementValues(p, service, valid);
        // The version condition makes concurrent corrections of one version exclusive: the second
        // waits for the first's row lock, re-reads the row, and no longer matches. The new version
        // joins the history in the same statement.
        return update("WITH m AS (UPDATE measurements SET version = ?, service_id = ?, instrument_id = ?, instrument_version = ?, "
                        + "respondent = ?, measured_on = ?, handledare = ?, indicators = ?, scores = ?, comment = ?, recorded_by_key = ?, "
                        + "recorded_by = ?, recorded_at = ? WHERE org_id = ? AND id = ? AND version = ? RETURNING " + MEASUREMENT_COLUMNS + ") "
                        + "INSERT INTO measurement_versions (" + MEASUREMENT_COLUMNS + ") SELECT " + MEASUREMENT_COLUMNS + " FROM m",
                v[2], v[3], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[0], v[1], p.version() - 1) == 1;
    }

    private Object[] measurementValues(Provenance p, ServiceId service, ValidMeasurement valid) {
        Answers a = Answers.of(valid.measurement());
        return measurementValues(p, service, valid, textArray(a.keys()), array("integer", a.scores()));
    }

    /** A measurement's row, its indicator keys and scores in the form the statement takes them. */
    private static Object[] measurementValues(Provenance p, ServiceId service, ValidMeasurement valid, Object indicators, Object scores) {
        Measurement m = valid.measurement();
        return new Object[] {p.organisation().value(), p.id().value(), p.version(), service.value(), m.participant().value(),
            m.instrumentId(), m.instrumentVersion(), m.respondent().name(), m.date(), m.handledare().map(Pseudonym::value).orElse(null),
            indicators, scores, m.comment().orElse(null), p.recordedByKey().value(), p.recordedBy().value(), ts(p.recordedAt())};
    }

    /** A measurement's answers by indicator key in key order, as every row stores them; null for "not answered". */
    private record Answers(List<String> keys, Integer[] scores) {
        static Answers of(Measurement m) {
            List<String> keys = new ArrayList<>(m.answers().keySet());
            keys.sort(null);
            Integer[] scores = new Integer[keys.size()];
            for (int i = 0; i < scores.length; i++) {
                Answer a = m.answers().get(keys.get(i));
                scores[i] = a.isAnswered() ? a.scoreOrThrow() : null;
            }
            return new Answers(keys, scores);
        }

        /** The scores as one text for {@code string_to_array(…, ',', 'n')}: {@code n} is "not answered". */
        String scoresText() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < scores.length; i++) {
                b.append(i == 0 ? "" : ",").append(scores[i] == null ? "n" : scores[i].toString());
            }
            return b.toString();
        }
    }

    @Override
    public Optional<MeasurementId> sameMeasurement(OrganisationId org, Pseudonym participant, String instrumentId, Respondent respondent,
                                                   LocalDate date, Optional<MeasurementId> except) {
        return one("SELECT id FROM measurements WHERE org_id = ? AND participant = ? AND instrument_id = ? AND respondent = ? "
                        + "AND measured_on = ? AND id IS DISTINCT FROM ?", rs -> new MeasurementId(rs.getObject(1, UUID.class)),
                org.value(), participant.value(), instrumentId, respondent.name(), date, except.map(MeasurementId::value).orElse(null));
    }

    @Override
    public Optional<StoredMeasurement> measurement(OrganisationId org, MeasurementId id) {
        return one("SELECT " + MEASUREMENT_COLUMNS + " FROM measurements WHERE org_id = ? AND id = ?", JdbcTx::measurement,
                org.value(), id.value());
    }

    @Override
    public List<StoredMeasurement> history(OrganisationId org, MeasurementId id) {
        return list("SELECT " + MEASUREMENT_COLUMNS + " FROM measurement_versions WHERE org_id = ? AND id = ? ORDER BY version",
                JdbcTx::measurement, org.value(), id.value());
    }

    @Override
    public List<StoredMeasurement> participantSeries(OrganisationId org, Pseudonym participant, String instrumentId, LocalDate asOf) {
        return list("SELECT " + MEASUREMENT_COLUMNS + " FROM measurements WHERE org_id = ? AND participant = ? AND instrument_id = ? "
                + "AND measured_on <= ? ORDER BY measured_on, respondent", JdbcTx::measurement, org.value(), participant.value(), instrumentId, asOf);
    }

    @Override
    public List<Measurement> serviceMeasurements(OrganisationId org, ServiceId service, String instrumentId, Respondent respondent,
                                                 LocalDate from, LocalDate to) {
        // A cohort reads tens of thousands of rows, so this query is lean: only what the analysis needs;
        // dates as days since 2000-01-01 (an int, not a string to parse); the answers as the stored line
        // of ASCII text (answers_text), read as bytes, each distinct indicator list and participant key decoded once.
        Map<String, Pseudonym> participants = new HashMap<>();
        IndicatorLists lists = new IndicatorLists();
        return list("SELECT participant, measured_on - DATE '2000-01-01', instrument_version, answers_text FROM measurements "
                        + "WHERE org_id = ? AND service_id = ? AND instrument_id = ? AND respondent = ? AND measured_on BETWEEN ? AND ?", rs -> {
                    byte[] scores = rs.getBytes(4);
                    int semicolon = 0;
                    while (scores[semicolon] != ';') {
                        semicolon++;
                    }
                    String[] keys = lists.of(scores, semicolon);
                    @SuppressWarnings("unchecked")
                    Map.Entry<String, Answer>[] entries = new Map.Entry[keys.length];
                    int at = semicolon + 1;
                    for (int i = 0; i < keys.length; i++) {
                        int end = at;
                        while (end < scores.length && scores[end] != ',') {
                            end++;
                        }
                        entries[i] = Map.entry(keys[i], end == at ? Answer.notAnswered() : Answer.score(asciiInt(scores, at, end)));
                        at = end + 1;
                    }
                    // Immutable already: Measurement's defensive copy then costs nothing.
                    return new Measurement(participants.computeIfAbsent(rs.getString(1), Pseudonym::of), Y2K.plusDays(rs.getInt(2)),
                            instrumentId, rs.getInt(3), respondent, Optional.empty(), Map.ofEntries(entries), Optional.empty());
                }, org.value(), service.value(), instrumentId, respondent.name(), from, to);
    }

    /** Indicator lists (comma-separated ASCII), split once per distinct list: rows of one instrument share a few. */
    private static final class IndicatorLists {
        private byte[] last = new byte[0];
        private int lastLength = -1;
        private String[] lastKeys = new String[0];
        private final Map<String, String[]> seen = new HashMap<>();

        /** The keys in {@code raw[0, length)}. */
        String[] of(byte[] raw, int length) {
            if (length != lastLength || !java.util.Arrays.equals(raw, 0, length, last, 0, length)) {
                String text = new String(raw, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
                lastKeys = seen.computeIfAbsent(text, t -> t.isEmpty() ? new String[0] : t.split(",", -1));
                last = raw;
                lastLength = length;
            }
            return lastKeys;
        }
    }

    /** A decimal integer (optionally negative) in ASCII bytes [from, to). */
    private static int asciiInt(byte[] b, int from, int to) {
        boolean negative = b[from] == '-';
        int v = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return negative ? -v : v;
    }

    @Override
    public List<StoredMeasurement> measurementsBetween(OrganisationId org, Optional<ServiceId> service, LocalDate from, LocalDate to) {
        String s = service.map(ServiceId::value).orElse(null);
        return list("SELECT " + MEASUREMENT_COLUMNS + " FROM measurements WHERE org_id = ? AND (CAST(? AS text) IS NULL OR service_id = ?) "
                + "AND measured_on BETWEEN ? AND ? ORDER BY measured_on, participant, respondent", JdbcTx::measurement, org.value(), s, s, from, to);
    }

    @Override
    public List<StoredMeasurement> latestPerParticipant(OrganisationId org, String instrumentId, LocalDate asOf) {
        return list("SELECT DISTINCT ON (participant) " + MEASUREMENT_COLUMNS + " FROM measurements WHERE org_id = ? "
                        + "AND instrument_id = ? AND measured_on <= ? ORDER BY participant, measured_on DESC, recorded_at DESC",
                JdbcTx::measurement, org.value(), instrumentId, asOf);
    }

    private static StoredMeasurement measurement(ResultSet rs) throws SQLException {
        OrganisationId org = OrganisationId.of(rs.getString(1));
        MeasurementId id = new MeasurementId(rs.getObject(2, UUID.class));
        Object[] keys = (Object[]) rs.getArray(11).getArray();
        Object[] scores = (Object[]) rs.getArray(12).getArray();
        Map<String, Answer> answers = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            answers.put((String) keys[i], Answer.ofNullable((Integer) scores[i]));
        }
        String handledare = rs.getString(10);
        Measurement m = new Measurement(Pseudonym.of(rs.getString(5)), rs.getObject(9, LocalDate.class), rs.getString(6), rs.getInt(7),
                Respondent.valueOf(rs.getString(8)), Optional.ofNullable(handledare).map(Pseudonym::of), answers,
                Optional.ofNullable(rs.getString(13)));
        Provenance p = new Provenance(id, org, rs.getInt(3), new KeyId(rs.getObject(14, UUID.class)), Pseudonym.of(rs.getString(15)),
                at(rs, 16));
        return new StoredMeasurement(p, ServiceId.of(rs.getString(4)), m);
    }

    @Override
    public Optional<IdempotentClaim> claimIdempotencyKey(OrganisationId org, String key, String fingerprint, MeasurementId id,
                                                         Pseudonym participant, Instant at) {
        int claimed = update("INSERT INTO idempotency_keys (org_id, key, fingerprint, measurement_id, participant, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", org.value(), key, fingerprint, id.value(), participant.value(), ts(at));
        if (claimed == 1) {
            return Optional.empty();
        }
        return one("SELECT fingerprint, measurement_id FROM idempotency_keys WHERE org_id = ? AND key = ?",
                rs -> new IdempotentClaim(rs.getString(1), new MeasurementId(rs.getObject(2, UUID.class))), org.value(), key);
    }

    @Override
    public int eraseParticipant(OrganisationId org, Pseudonym participant) {
        String o = org.value();
        String p = participant.value();
        int versions = update("DELETE FROM measurement_versions WHERE org_id = ? AND participant = ?", o, p);
        // Versions of a measurement whose participant was corrected away would be missed above: go by id too.
        versions += update("DELETE FROM measurement_versions v USING measurements m WHERE m.org_id = ? AND m.participant = ? "
                + "AND v.org_id = m.org_id AND v.id = m.id", o, p);
        int current = update("DELETE FROM measurements WHERE org_id = ? AND participant = ?", o, p);
        int claims = update("DELETE FROM idempotency_keys WHERE org_id = ? AND participant = ?", o, p);
        int enrolmentVersions = update("DELETE FROM enrolment_versions WHERE org_id = ? AND participant = ?", o, p);
        int enrolments = update("DELETE FROM enrolments WHERE org_id = ? AND participant = ?", o, p);
        update("UPDATE audit_trail SET participant = NULL WHERE org_id = ? AND participant = ?", o, p);
        return versions + current + claims + enrolmentVersions + enrolments;
    }

    @Override
    public List<ParticipantRef> participantsLastMeasuredBefore(LocalDate cutoff) {
        return list("SELECT org_id, participant FROM measurements GROUP BY org_id, participant HAVING max(measured_on) < ? "
                + "ORDER BY org_id, participant", rs -> new ParticipantRef(OrganisationId.of(rs.getString(1)), Pseudonym.of(rs.getString(2))), cutoff);
    }

    @Override
    public int forgetIdempotencyClaims(Instant before) {
        return update("DELETE FROM idempotency_keys WHERE created_at < ?", ts(before));
    }

    private static final String ENROLMENT_COLUMNS = "org_id, id, version, service_id, participant, admitted, first_contact, action_plan, "
            + "closed, outcome, subsidised, recorded_by_key, recorded_by, recorded_at";
    private static final String ENROLMENT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private static Object[] enrolmentValues(StoredEnrolment e) {
        ServiceParticipant p = e.enrolment();
        return new Object[] {e.organisation().value(), e.id().value(), e.version(), e.service().value(), p.key().value(), p.admitted(),
            p.firstContact().orElse(null), p.actionPlan(), p.closed().orElse(null), p.outcome().map(OutcomeType::name).orElse(null),
            p.subsidised(), e.recordedByKey().value(), e.recordedBy().value(), ts(e.recordedAt())};
    }

    @Override
    public Optional<EnrolmentId> insertEnrolment(StoredEnrolment e) {
        int inserted = update("WITH n AS (INSERT INTO enrolments (" + ENROLMENT_COLUMNS + ") VALUES (" + ENROLMENT_VALUES + ") "
                + "ON CONFLICT (org_id, participant, service_id, admitted) DO NOTHING RETURNING " + ENROLMENT_COLUMNS + ") "
                + "INSERT INTO enrolment_versions (" + ENROLMENT_COLUMNS + ") SELECT " + ENROLMENT_COLUMNS + " FROM n", enrolmentValues(e));
        if (inserted == 1) {
            return Optional.empty();
        }
        return one("SELECT id FROM enrolments WHERE org_id = ? AND participant = ? AND service_id = ? AND admitted = ?",
                rs -> new EnrolmentId(rs.getObject(1, UUID.class)), e.organisation().value(), e.enrolment().key().value(), e.service().value(),
                e.enrolment().admitted());
    }

    @Override
    public boolean updateEnrolment(StoredEnrolment e) {
        Object[] v = enrolmentValues(e);
        return update("WITH n AS (UPDATE enrolments SET version = ?, first_contact = ?, action_plan = ?, closed = ?, outcome = ?, subsidised = ?, "
                        + "recorded_by_key = ?, recorded_by = ?, recorded_at = ? WHERE org_id = ? AND id = ? AND version = ? RETURNING "
                        + ENROLMENT_COLUMNS + ") INSERT INTO enrolment_versions (" + ENROLMENT_COLUMNS + ") SELECT " + ENROLMENT_COLUMNS + " FROM n",
                v[2], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[0], v[1], e.version() - 1) == 1;
    }

    @Override
    public Optional<StoredEnrolment> enrolment(OrganisationId org, EnrolmentId id) {
        return one("SELECT " + ENROLMENT_COLUMNS + " FROM enrolments WHERE org_id = ? AND id = ?", JdbcTx::enrolment, org.value(), id.value());
    }

    @Override
    public List<StoredEnrolment> enrolments(OrganisationId org, Optional<ServiceId> service, LocalDate to) {
        return list("SELECT " + ENROLMENT_COLUMNS + " FROM enrolments WHERE org_id = ? AND (CAST(? AS text) IS NULL OR service_id = ?) AND admitted <= ? "
                + "ORDER BY admitted, id", JdbcTx::enrolment, org.value(), service.map(ServiceId::value).orElse(null),
                service.map(ServiceId::value).orElse(null), to);
    }

    private static StoredEnrolment enrolment(ResultSet rs) throws SQLException {
        ServiceParticipant p = new ServiceParticipant(Pseudonym.of(rs.getString(5)), rs.getObject(6, LocalDate.class),
                Optional.ofNullable(rs.getObject(9, LocalDate.class)), Optional.ofNullable(rs.getString(10)).map(OutcomeType::valueOf),
                rs.getBoolean(11), Optional.ofNullable(rs.getObject(7, LocalDate.class)), rs.getBoolean(8));
        return new StoredEnrolment(new EnrolmentId(rs.getObject(2, UUID.class)), OrganisationId.of(rs.getString(1)), ServiceId.of(rs.getString(4)),
                p, rs.getInt(3), new KeyId(rs.getObject(12, UUID.class)), Pseudonym.of(rs.getString(13)), at(rs, 14));
    }

    @Override
    public void replaceTargets(OrganisationId org, TargetSet t) {
        String service = t.service().map(ServiceId::value).orElse("");
        update("DELETE FROM targets WHERE org_id = ? AND service_id = ? AND period_from = ? AND period_to = ?", org.value(), service, t.from(), t.to());
        for (int i = 0; i < t.targets().size(); i++) {
            Target target = t.targets().get(i);
            update("INSERT INTO targets (org_id, service_id, period_from, period_to, position, metric, at_least, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    org.value(), service, t.from(), t.to(), i, target.metric().name(), target.atLeast(), target.value());
        }
    }

    @Override
    public List<TargetSet> targets(OrganisationId org, Optional<ServiceId> service) {
        record Row(LocalDate from, LocalDate to, Target target) {
        }
        List<Row> rows = list("SELECT period_from, period_to, metric, at_least, value FROM targets WHERE org_id = ? AND service_id = ? "
                + "ORDER BY period_from, period_to, position", rs -> new Row(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                new Target(Metric.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getDouble(5))), org.value(), service.map(ServiceId::value).orElse(""));
        Map<List<LocalDate>, List<Target>> byPeriod = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byPeriod.computeIfAbsent(List.of(r.from(), r.to()), k -> new ArrayList<>()).add(r.target()));
        List<TargetSet> out = new ArrayList<>();
        byPeriod.forEach((period, targets) -> out.add(new TargetSet(service, period.get(0), period.get(1), targets)));
        return out;
    }

    private static final String REVIEW_COLUMNS = "org_id, id, version, service_id, reviewed_on, reviewers, item_numbers, item_scores, "
            + "item_notes, status, reason, plan_items, plan_actions, plan_owners, plan_due, recorded_by_key, recorded_by, recorded_at";
    private static final String REVIEW_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private Object[] reviewValues(StoredReview r) {
        List<ItemScore> items = r.review().items();
        List<ActionPlanItem> plan = r.actionPlan();
        return new Object[] {r.organisation().value(), r.id(), r.version(), r.service().value(), r.review().date(),
            textArray(r.review().reviewers().stream().map(Pseudonym::value).toList()),
            array("integer", items.stream().map(ItemScore::number).toArray(Integer[]::new)),
            array("integer", items.stream().map(ItemScore::score).toArray(Integer[]::new)),
            textArray(items.stream().map(i -> i.note().orElse(null)).toList()),
            r.status().name(), r.reason().orElse(null),
            array("integer", plan.stream().map(ActionPlanItem::item).toArray(Integer[]::new)),
            textArray(plan.stream().map(ActionPlanItem::action).toList()),
            textArray(plan.stream().map(p -> p.owner().value()).toList()),
            array("date", plan.stream().map(ActionPlanItem::due).toArray()),
            r.recordedByKey().value(), r.recordedBy().value(), ts(r.recordedAt())};
    }

    @Override
    public void insertReview(StoredReview r) {
        update("WITH n AS (INSERT INTO fidelity_reviews (" + REVIEW_COLUMNS + ") VALUES (" + REVIEW_VALUES + ") RETURNING " + REVIEW_COLUMNS
                + ") INSERT INTO fidelity_review_versions (" + REVIEW_COLUMNS + ") SELECT " + REVIEW_COLUMNS + " FROM n", reviewValues(r));
    }

    @Override
    public boolean updateReview(StoredReview r) {
        Object[] v = reviewValues(r);
        Object[] params = new Object[v.length - 4 + 4];
        // SET every column but the key (org_id, id) and service; WHERE org_id, id and the version before.
        int p = 0;
        params[p++] = v[2];
        for (int i = 4; i < v.length; i++) {
            params[p++] = v[i];
        }
        params[p++] = v[0];
        params[p++] = v[1];
        params[p] = r.version() - 1;
        return update("WITH n AS (UPDATE fidelity_reviews SET version = ?, reviewed_on = ?, reviewers = ?, item_numbers = ?, item_scores = ?, "
                + "item_notes = ?, status = ?, reason = ?, plan_items = ?, plan_actions = ?, plan_owners = ?, plan_due = ?, recorded_by_key = ?, "
                + "recorded_by = ?, recorded_at = ? WHERE org_id = ? AND id = ? AND version = ? RETURNING " + REVIEW_COLUMNS + ") "
                + "INSERT INTO fidelity_review_versions (" + REVIEW_COLUMNS + ") SELECT " + REVIEW_COLUMNS + " FROM n", params) == 1;
    }

    @Override
    public Optional<StoredReview> review(OrganisationId org, UUID id) {
        return one("SELECT " + REVIEW_COLUMNS + " FROM fidelity_reviews WHERE org_id = ? AND id = ?", JdbcTx::review, org.value(), id);
    }

    @Override
    public List<StoredReview> reviews(OrganisationId org, ServiceId service) {
        return list("SELECT " + REVIEW_COLUMNS + " FROM fidelity_reviews WHERE org_id = ? AND service_id = ? ORDER BY reviewed_on, id",
                JdbcTx::review, org.value(), service.value());
    }

    @Override
    public List<StoredReview> reviewHistory(OrganisationId org, UUID id) {
        return list("SELECT " + REVIEW_COLUMNS + " FROM fidelity_review_versions WHERE org_id = ? AND id = ? ORDER BY version",
                JdbcTx::review, org.value(), id);
    }

    private static StoredReview review(ResultSet rs) throws SQLException {
        Object[] reviewers = (Object[]) rs.getArray(6).getArray();
        Object[] numbers = (Object[]) rs.getArray(7).getArray();
        Object[] scores = (Object[]) rs.getArray(8).getArray();
        Object[] notes = (Object[]) rs.getArray(9).getArray();
        List<ItemScore> items = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            items.add(new ItemScore((Integer) numbers[i], (Integer) scores[i], Optional.ofNullable((String) notes[i])));
        }
        Object[] planItems = (Object[]) rs.getArray(12).getArray();
        Object[] actions = (Object[]) rs.getArray(13).getArray();
        Object[] owners = (Object[]) rs.getArray(14).getArray();
        Object[] due = (Object[]) rs.getArray(15).getArray();
        List<ActionPlanItem> plan = new ArrayList<>();
        for (int i = 0; i < planItems.length; i++) {
            LocalDate d = due[i] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) due[i];
            plan.add(new ActionPlanItem((Integer) planItems[i], (String) actions[i], Pseudonym.of((String) owners[i]), d));
        }
        ServiceId service = ServiceId.of(rs.getString(4));
        Review review = new Review(Pseudonym.of(service.value()), rs.getObject(5, LocalDate.class),
                java.util.Arrays.stream(reviewers).map(x -> Pseudonym.of((String) x)).toList(), items);
        return new StoredReview(rs.getObject(2, UUID.class), OrganisationId.of(rs.getString(1)), service, review,
                StoredReview.Status.valueOf(rs.getString(10)), Optional.ofNullable(rs.getString(11)), plan, rs.getInt(3),
                new KeyId(rs.getObject(16, UUID.class)), Pseudonym.of(rs.getString(17)), at(rs, 18));
    }

    @Override
    public void recordSurveyOffered(OrganisationId org, ServiceId service, String period, int offered) {
        update("INSERT INTO survey_offers (org_id, service_id, period, offered) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (org_id, service_id, period) DO UPDATE SET offered = EXCLUDED.offered", org.value(), service.value(), period, offered);
    }

    @Override
    public Optional<Integer> surveyOffered(OrganisationId org, ServiceId service, String period) {
        return one("SELECT offered FROM survey_offers WHERE org_id = ? AND service_id = ? AND period = ?", rs -> rs.getInt(1),
                org.value(), service.value(), period);
    }

    @Override
    public void insertSurveyResponse(OrganisationId org, ServiceId service, String period, Map<String, Integer> answers) {
        List<String> keys = new ArrayList<>(answers.keySet());
        keys.sort(null);
        update("INSERT INTO survey_responses (org_id, service_id, period, questions, answers) VALUES (?, ?, ?, ?, ?)", org.value(),
                service.value(), period, textArray(keys), array("integer", keys.stream().map(answers::get).toArray(Integer[]::new)));
    }

    @Override
    public List<Map<String, Integer>> surveyResponses(OrganisationId org, ServiceId service, String period) {
        return list("SELECT questions, answers FROM survey_responses WHERE org_id = ? AND service_id = ? AND period = ?", rs -> {
            Object[] q = (Object[]) rs.getArray(1).getArray();
            Object[] a = (Object[]) rs.getArray(2).getArray();
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < q.length; i++) {
                m.put((String) q[i], (Integer) a[i]);
            }
            return m;
        }, org.value(), service.value(), period);
    }

    @Override
    public List<SurveyQuestion> ownSurveyQuestions(OrganisationId org) {
        return list("SELECT key, text_sv, text_en FROM survey_questions WHERE org_id = ? ORDER BY position",
                rs -> new SurveyQuestion(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3)), false), org.value());
    }

    @Override
    public void replaceOwnSurveyQuestions(OrganisationId org, List<SurveyQuestion> questions) {
        update("DELETE FROM survey_questions WHERE org_id = ?", org.value());
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            update("INSERT INTO survey_questions (org_id, position, key, text_sv, text_en) VALUES (?, ?, ?, ?, ?)", org.value(), i, q.key(),
                    q.text().sv(), q.text().en());
        }
    }

    @Override
    public boolean insertUser(UserAccount a, String passwordHash) {
        return update("INSERT INTO users (org_id, id, username, roles, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", a.organisation().value(), a.id().value(), a.username().value(), roles(a.roles()), passwordHash,
                ts(a.created())) == 1;
    }

    private static final String USER_COLUMNS = "u.id, u.org_id, u.username, u.roles, u.created_at";

    @Override
    public Optional<Credentials> user(OrganisationId org, Pseudonym username) {
        return one("SELECT " + USER_COLUMNS + ", u.password_hash FROM users u WHERE u.org_id = ? AND u.username = ?",
                rs -> new Credentials(account(rs), rs.getString(6)), org.value(), username.value());
    }

    @Override
    public List<UserAccount> users(OrganisationId org) {
        return list("SELECT " + USER_COLUMNS + " FROM users u WHERE u.org_id = ? ORDER BY u.username", JdbcTx::account, org.value());
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        return new UserAccount(new KeyId(rs.getObject(1, UUID.class)), OrganisationId.of(rs.getString(2)), Pseudonym.of(rs.getString(3)),
                roles(rs.getArray(4)), at(rs, 5));
    }

    @Override
    public int signInFailures(OrganisationId org, Pseudonym username, Instant since) {
        return one("SELECT count(*) FROM sign_in_failures WHERE org_id = ? AND username = ? AND failed_at >= ?", rs -> rs.getInt(1),
                org.value(), username.value(), ts(since)).orElse(0);
    }

    @Override
    public void recordSignInFailure(OrganisationId org, Pseudonym username, Instant at) {
        update("INSERT INTO sign_in_failures (org_id, username, failed_at) VALUES (?, ?, ?)", org.value(), username.value(), ts(at));
    }

    @Override
    public void clearSignInFailures(OrganisationId org, Pseudonym username) {
        update("DELETE FROM sign_in_failures WHERE org_id = ? AND username = ?", org.value(), username.value());
    }

    @Override
    public void insertSession(byte[] tokenHash, Session s) {
        update("INSERT INTO sessions (token_sha256, org_id, username, csrf, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)", tokenHash,
                s.account().organisation().value(), s.account().username().value(), s.csrf(), ts(s.created()), ts(s.lastSeen()));
    }

    @Override
    public Optional<Session> session(byte[] tokenHash) {
        return one("SELECT " + USER_COLUMNS + ", s.csrf, s.created_at, s.last_seen_at FROM sessions s JOIN users u "
                + "ON u.org_id = s.org_id AND u.username = s.username WHERE s.token_sha256 = ?",
                rs -> new Session(account(rs), rs.getString(6), at(rs, 7), at(rs, 8)), tokenHash);
    }

    @Override
    public void touchSession(byte[] tokenHash, Instant at) {
        update("UPDATE sessions SET last_seen_at = ? WHERE token_sha256 = ? AND last_seen_at < ?::timestamptz - interval '"
                + TOUCH_INTERVAL + "'", ts(at), tokenHash, ts(at));
    }

    @Override
    public void deleteSession(byte[] tokenHash) {
        update("DELETE FROM sessions WHERE token_sha256 = ?", tokenHash);
    }

    @Override
    public int deleteExpiredSessions(Instant idleBefore, Instant createdBefore) {
        update("DELETE FROM sign_in_failures WHERE failed_at < ?", ts(createdBefore));
        return update("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?", ts(idleBefore), ts(createdBefore));
    }

    private Array roles(Set<Role> roles) {
        return textArray(roles.stream().map(Role::code).sorted().toList());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : (Object[]) array.getArray()) {
            roles.add(Role.of((String) r));
        }
        return roles;
    }

    @Override
    public void audit(AuditEntry e) {
        update("INSERT INTO audit_trail (org_id, at, key_id, holder, action, resource, participant, row_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.organisation().value(), ts(e.at()), e.key().map(KeyId::value).orElse(null), e.holder(), e.action(), e.resource(),
                e.participant().map(Pseudonym::value).orElse(null), e.rows().orElse(null));
    }

    @Override
    public List<AuditEntry> audit(OrganisationId org, Instant from, Instant to, int limit) {
        return list("SELECT org_id, at, key_id, holder, action, resource, participant, row_count FROM audit_trail "
                + "WHERE org_id = ? AND at >= ? AND at < ? ORDER BY seq LIMIT ?", rs -> new AuditEntry(OrganisationId.of(rs.getString(1)),
                at(rs, 2), Optional.ofNullable(rs.getObject(3, UUID.class)).map(KeyId::new), rs.getString(4), rs.getString(5),
                rs.getString(6), Optional.ofNullable(rs.getString(7)).map(Pseudonym::of),
                Optional.ofNullable((Integer) rs.getObject(8))), org.value(), ts(from), ts(to), limit);
    }

    // --- plain JDBC helpers ---

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("statement failed: " + e.getMessage(), e);
        }
    }

    private <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> all = list(sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StorageException("query failed: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    private Array textArray(List<String> values) {
        return array("text", values.toArray());
    }

    private Array array(String type, Object[] values) {
        try {
            return c.createArrayOf(type, values);
        } catch (SQLException e) {
            throw new StorageException("array could not be built: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime ts(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant at(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
