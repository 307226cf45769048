-- Admissions and closings per service (inskrivning, avslut), every version kept, and targets as data
-- with a period, per service or for the whole organisation (service_id '').

CREATE TABLE enrolments (
    org_id          text        NOT NULL REFERENCES organisations (id),
    id              uuid        NOT NULL,
    version         integer     NOT NULL CHECK (version >= 1),
    service_id      text        NOT NULL,
    participant     text        NOT NULL,
    admitted        date        NOT NULL,
    first_contact   date,
    action_plan     boolean     NOT NULL,
    closed          date,
    outcome         text,
    subsidised      boolean     NOT NULL,
    recorded_by_key uuid        NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id),
    CHECK (closed IS NULL OR closed >= admitted),
    CHECK (closed IS NULL OR outcome IS NOT NULL)
);
CREATE UNIQUE INDEX enrolments_identity ON enrolments (org_id, participant, service_id, admitted);
CREATE INDEX enrolments_service ON enrolments (org_id, service_id, admitted);

CREATE TABLE enrolment_versions (LIKE enrolments INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE enrolment_versions ADD PRIMARY KEY (org_id, id, version);
ALTER TABLE enrolment_versions ADD FOREIGN KEY (org_id, id) REFERENCES enrolments (org_id, id) ON DELETE CASCADE;

CREATE TABLE targets (
    org_id      text             NOT NULL REFERENCES organisations (id),
    service_id  text             NOT NULL,
    period_from date             NOT NULL,
    period_to   date             NOT NULL,
    position    integer          NOT NULL,
    metric      text             NOT NULL,
    at_least    boolean          NOT NULL,
    value       double precision NOT NULL,
    PRIMARY KEY (org_id, service_id, period_from, period_to, position)
);
