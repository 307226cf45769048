-- Stored mode: organisations, their services and keys, measurements with every version, the audit trail.
-- Every table that holds an organisation's data has org_id in its key: a query that forgets it finds nothing.

CREATE TABLE organisations (
    id          text        PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE services (
    org_id      text        NOT NULL REFERENCES organisations (id),
    id          text        NOT NULL,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (org_id, id)
);

CREATE TABLE api_keys (
    id            uuid        PRIMARY KEY,
    org_id        text        NOT NULL REFERENCES organisations (id),
    holder        text        NOT NULL,
    roles         text[]      NOT NULL CHECK (cardinality(roles) > 0),
    secret_sha256 bytea       NOT NULL UNIQUE CHECK (length(secret_sha256) = 32),
    created_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
CREATE INDEX api_keys_org ON api_keys (org_id);

-- The answers of a measurement as one line of text, for reading many measurements at once: PostgreSQL
-- writes arrays out element by element, which made array output most of a cohort query's cost. Int and text
-- output depend on no setting, so this is immutable for these types.
CREATE FUNCTION skapa_answers_text(indicators text[], scores integer[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_string(indicators, ',') || ';' || array_to_string(scores, ',', '');

-- The current version of each measurement. Scores are two parallel arrays (indicator key, score or NULL
-- for "not answered"): one row per measurement keeps a cohort of 50 000 measurements one scan.
CREATE TABLE measurements (
    org_id             text        NOT NULL REFERENCES organisations (id),
    id                 uuid        NOT NULL,
    version            integer     NOT NULL CHECK (version >= 1),
    service_id         text        NOT NULL,
    participant        text        NOT NULL,
    instrument_id      text        NOT NULL,
    instrument_version integer     NOT NULL,
    respondent         text        NOT NULL CHECK (respondent IN ('PARTICIPANT', 'HANDLEDARE')),
    measured_on        date        NOT NULL,
    handledare         text,
    indicators         text[]      NOT NULL,
    scores             integer[]   NOT NULL CHECK (cardinality(scores) = cardinality(indicators)),
    comment            text,
    recorded_by_key    uuid        NOT NULL,
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL,
    answers_text       text        GENERATED ALWAYS AS (skapa_answers_text(indicators, scores)) STORED,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id)
);
-- One participant, instrument, respondent and date once per organisation (the domain's duplicate rule).
CREATE UNIQUE INDEX measurements_identity ON measurements (org_id, participant, instrument_id, respondent, measured_on);
CREATE INDEX measurements_service ON measurements (org_id, service_id, instrument_id, measured_on);

-- Every version ever written, the current one included: corrections never destroy what was there.
CREATE TABLE measurement_versions (
    org_id             text        NOT NULL,
    id                 uuid        NOT NULL,
    version            integer     NOT NULL,
    service_id         text        NOT NULL,
    participant        text        NOT NULL,
    instrument_id      text        NOT NULL,
    instrument_version integer     NOT NULL,
    respondent         text        NOT NULL,
    measured_on        date        NOT NULL,
    handledare         text,
    indicators         text[]      NOT NULL,
    scores             integer[]   NOT NULL,
    comment            text,
    recorded_by_key    uuid        NOT NULL,
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL,
    PRIMARY KEY (org_id, id, version),
    FOREIGN KEY (org_id, id) REFERENCES measurements (org_id, id) ON DELETE CASCADE
);
CREATE INDEX measurement_versions_participant ON measurement_versions (org_id, participant);

-- A retried POST with the same Idempotency-Key finds what the first one created. Forgotten after a day.
CREATE TABLE idempotency_keys (
    org_id         text        NOT NULL REFERENCES organisations (id),
    key            text        NOT NULL,
    fingerprint    text        NOT NULL,
    measurement_id uuid        NOT NULL,
    participant    text        NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (org_id, key)
);
CREATE INDEX idempotency_keys_participant ON idempotency_keys (org_id, participant);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Append-only. The only change ever allowed is erasure removing a participant's key from earlier lines.
CREATE TABLE audit_trail (
    seq         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      text        NOT NULL,
    at          timestamptz NOT NULL,
    key_id      uuid,
    holder      text        NOT NULL,
    action      text        NOT NULL,
    resource    text        NOT NULL,
    participant text,
    row_count   integer
);
CREATE INDEX audit_trail_org_at ON audit_trail (org_id, at);
CREATE INDEX audit_trail_participant ON audit_trail (org_id, participant) WHERE participant IS NOT NULL;

CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.participant IS NULL
       AND (NEW.seq, NEW.org_id, NEW.at, NEW.key_id, NEW.holder, NEW.action, NEW.resource, NEW.row_count)
           IS NOT DISTINCT FROM (OLD.seq, OLD.org_id, OLD.at, OLD.key_id, OLD.holder, OLD.action, OLD.resource, OLD.row_count) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_trail_append_only
    BEFORE UPDATE OR DELETE ON audit_trail
    FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
CREATE TRIGGER audit_trail_no_truncate
    BEFORE TRUNCATE ON audit_trail
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();
