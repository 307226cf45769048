-- The anonymous participant survey. A response has no participant, no date finer than its period,
-- no free text, no id and no time of its own: nothing stored can link it to a person.

CREATE TABLE survey_offers (
    org_id     text    NOT NULL REFERENCES organisations (id),
    service_id text    NOT NULL,
    period     text    NOT NULL,
    offered    integer NOT NULL CHECK (offered >= 0),
    PRIMARY KEY (org_id, service_id, period),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id)
);

CREATE TABLE survey_responses (
    org_id     text      NOT NULL,
    service_id text      NOT NULL,
    period     text      NOT NULL,
    questions  text[]    NOT NULL,
    answers    integer[] NOT NULL CHECK (cardinality(answers) = cardinality(questions)),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id)
);
CREATE INDEX survey_responses_period ON survey_responses (org_id, service_id, period);
