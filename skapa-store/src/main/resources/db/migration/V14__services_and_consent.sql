-- Secrecy between services (issue 21): a key or an account may be limited to services (NULL: every
-- service of the organisation), and a participant may consent to services sharing their data.
ALTER TABLE api_keys ADD COLUMN services text[];
ALTER TABLE users ADD COLUMN services text[];

CREATE TABLE consents (
    org_id       text        NOT NULL REFERENCES organisations (id),
    id           uuid        NOT NULL,
    participant  text        NOT NULL,
    services     text[]      NOT NULL CHECK (cardinality(services) >= 2),
    given        date        NOT NULL,
    withdrawn    date,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (org_id, id),
    CHECK (withdrawn IS NULL OR withdrawn >= given)
);
CREATE INDEX consents_participant ON consents (org_id, participant);
