-- The survey's targets are the organisation's own (Södra Norrbotten's 2026 values are only the
-- default): what share of active participants is offered it, answers it, and is satisfied.
CREATE TABLE survey_targets (
    org_id        text    PRIMARY KEY REFERENCES organisations (id),
    offered       numeric NOT NULL CHECK (offered BETWEEN 0 AND 1),
    response_rate numeric NOT NULL CHECK (response_rate BETWEEN 0 AND 1),
    satisfied     numeric NOT NULL CHECK (satisfied BETWEEN 0 AND 1)
);
