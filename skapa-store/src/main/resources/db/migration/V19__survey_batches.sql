-- A batch of paper survey answers sent again with the same Idempotency-Key is recognised and not
-- stored twice. What is kept is the key, a hash of the batch and how many it held: nothing that
-- links a response to its batch, so responses stay as unlinkable as before.
CREATE TABLE survey_batch_keys (
    org_id          text        NOT NULL REFERENCES organisations (id),
    idempotency_key text        NOT NULL,
    fingerprint     text        NOT NULL,
    stored          integer     NOT NULL,
    recorded_at     timestamptz NOT NULL,
    PRIMARY KEY (org_id, idempotency_key)
);
