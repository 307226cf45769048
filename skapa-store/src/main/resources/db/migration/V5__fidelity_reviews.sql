-- IPS fidelity reviews of a service: every version kept, drafts and final (locked) reviews, corrections
-- with their reason, and the action plan with each version.

CREATE TABLE fidelity_reviews (
    org_id          text        NOT NULL REFERENCES organisations (id),
    id              uuid        NOT NULL,
    version         integer     NOT NULL CHECK (version >= 1),
    service_id      text        NOT NULL,
    reviewed_on     date        NOT NULL,
    reviewers       text[]      NOT NULL,
    item_numbers    integer[]   NOT NULL,
    item_scores     integer[]   NOT NULL,
    item_notes      text[]      NOT NULL,
    status          text        NOT NULL CHECK (status IN ('DRAFT', 'FINAL')),
    reason          text,
    plan_items      integer[]   NOT NULL,
    plan_actions    text[]      NOT NULL,
    plan_owners     text[]      NOT NULL,
    plan_due        date[]      NOT NULL,
    recorded_by_key uuid        NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id)
);
CREATE INDEX fidelity_reviews_service ON fidelity_reviews (org_id, service_id, reviewed_on);

CREATE TABLE fidelity_review_versions (LIKE fidelity_reviews INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE fidelity_review_versions ADD PRIMARY KEY (org_id, id, version);
ALTER TABLE fidelity_review_versions ADD FOREIGN KEY (org_id, id) REFERENCES fidelity_reviews (org_id, id) ON DELETE CASCADE;
