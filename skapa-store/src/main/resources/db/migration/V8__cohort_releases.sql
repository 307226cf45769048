-- Cohort reports as first released to analysts: read again, a period gives the same numbers, so two
-- reads cannot be subtracted to show one person (ReleaseCalendar). Aggregates over at least the
-- small-number threshold only; nothing here names or points at a person, so erasure leaves it.
CREATE TABLE cohort_releases (
    org_id          text             NOT NULL REFERENCES organisations (id),
    service_id      text             NOT NULL,
    instrument_id   text             NOT NULL,
    respondent      text             NOT NULL,
    period          text             NOT NULL,
    period_from     date             NOT NULL,
    period_to       date             NOT NULL CHECK (period_to >= period_from),
    released_at     timestamptz      NOT NULL,
    participants    integer          NOT NULL,
    with_two        integer          NOT NULL,
    median_days     double precision,
    share_overdue   double precision NOT NULL,
    as_of           date             NOT NULL,
    -- One element per indicator, in the instrument's order.
    indicator_keys  text[]           NOT NULL,
    counts          integer[]        NOT NULL,
    mean_first      double precision[] NOT NULL,
    mean_latest     double precision[] NOT NULL,
    mean_change     double precision[] NOT NULL,
    share_improved  double precision[] NOT NULL,
    share_unchanged double precision[] NOT NULL,
    share_declined  double precision[] NOT NULL,
    PRIMARY KEY (org_id, service_id, instrument_id, respondent, period_from)
);
