-- What happened beside and after the SKAPA conversation: jobs and studies recorded under an
-- enrolment, interventions a participant takes part in (one table, "spells", every version kept),
-- what participants lived on at admission and closing, and follow-ups after closing. Pseudonymous
-- keys only; erasure removes every row of a participant.

CREATE TABLE spells (
    org_id          text          NOT NULL REFERENCES organisations (id),
    id              uuid          NOT NULL,
    version         integer       NOT NULL CHECK (version >= 1),
    collection      text          NOT NULL CHECK (collection IN ('jobs', 'studies', 'interventions')),
    service_id      text          NOT NULL,
    participant     text          NOT NULL,
    enrolment_id    uuid,
    started         date          NOT NULL,
    ended           date,
    kind            text          NOT NULL,
    hours_per_week  numeric(4, 1),
    monthly_wage    bigint,
    end_reason      text,
    extent          integer,
    name            text,
    provider        text,
    recorded_by_key uuid          NOT NULL,
    recorded_by     text          NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id),
    CHECK (ended IS NULL OR ended >= started),
    CHECK (collection = 'interventions' OR enrolment_id IS NOT NULL)
);
CREATE INDEX spells_participant ON spells (org_id, participant);
CREATE INDEX spells_service ON spells (org_id, service_id, collection);

CREATE TABLE spell_versions (LIKE spells INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE spell_versions ADD PRIMARY KEY (org_id, id, version);

CREATE TABLE support (
    org_id         text          NOT NULL,
    enrolment_id   uuid          NOT NULL,
    moment         text          NOT NULL CHECK (moment IN ('ADMISSION', 'CLOSING')),
    position       integer       NOT NULL CHECK (position >= 0),
    source         text          NOT NULL,
    degree         numeric(3, 2) NOT NULL CHECK (degree > 0 AND degree <= 1),
    monthly_amount bigint,
    PRIMARY KEY (org_id, enrolment_id, moment, position),
    UNIQUE (org_id, enrolment_id, moment, source),
    FOREIGN KEY (org_id, enrolment_id) REFERENCES enrolments (org_id, id) ON DELETE CASCADE
);

CREATE TABLE after_closing (
    org_id          text        NOT NULL,
    enrolment_id    uuid        NOT NULL,
    months_after    integer     NOT NULL CHECK (months_after BETWEEN 1 AND 36),
    found_on        date        NOT NULL,
    status          text        NOT NULL,
    -- The sources as parallel arrays: source, degree, monthly amount (null where not recorded).
    sources         text[]      NOT NULL,
    degrees         numeric[]   NOT NULL,
    amounts         bigint[]    NOT NULL,
    recorded_by_key uuid        NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (org_id, enrolment_id, months_after),
    FOREIGN KEY (org_id, enrolment_id) REFERENCES enrolments (org_id, id) ON DELETE CASCADE
);
