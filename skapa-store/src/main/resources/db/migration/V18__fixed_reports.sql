-- Outcome reports kept as issued (fastställda): an admin fixes a period's report, and an analyst's
-- first read of a released period fixes it too, so that a later run cannot change what was sent or
-- be subtracted from it. Counts only; nothing here names or points at a person, so erasure and
-- gallring leave it, as they leave a report sent to a board.
CREATE TABLE fixed_reports (
    id                uuid        PRIMARY KEY,
    org_id            text        NOT NULL REFERENCES organisations (id),
    service_id        text,
    period_from       date        NOT NULL,
    period_to         date        NOT NULL CHECK (period_to >= period_from),
    closing_rule      text        NOT NULL,
    contact_days      integer     NOT NULL,
    staff             numeric     NOT NULL,
    fixed_at          timestamptz NOT NULL,
    fixed_by          text        NOT NULL,
    active_at_end     integer     NOT NULL,
    admitted          integer     NOT NULL,
    closed            integer     NOT NULL,
    denominator       integer     NOT NULL,
    -- One element per outcome type, in OutcomeType's order, named beside them.
    outcome_types     text[]      NOT NULL,
    outcome_counts    integer[]   NOT NULL,
    subsidised_counts integer[]   NOT NULL,
    mean_days         double precision,
    median_days       double precision,
    contacted         integer     NOT NULL,
    in_period         integer     NOT NULL,
    with_plan         integer     NOT NULL,
    worked_count      integer     NOT NULL,
    worked_of         integer     NOT NULL,
    target_metrics    text[]      NOT NULL,
    target_at_least   boolean[]   NOT NULL,
    target_values     double precision[] NOT NULL,
    enrolments        integer     NOT NULL,
    -- When an analyst was first given it: only such a report can be subtracted from.
    released_at       timestamptz
);
CREATE UNIQUE INDEX fixed_reports_one_per_period
    ON fixed_reports (org_id, coalesce(service_id, ''), period_from, period_to);
