-- Failed sign-ins are counted per account and address and per address (issue 21), and keep nothing
-- as it was typed: a username that was really a personnummer, or an address, is kept only as a hash,
-- and only for the throttle's window (housekeeping removes older rows).
DROP TABLE sign_in_failures;
CREATE TABLE sign_in_failures (
    org_id        text        NOT NULL,
    username_hash bytea       NOT NULL,
    address_hash  bytea       NOT NULL,
    failed_at     timestamptz NOT NULL
);
CREATE INDEX sign_in_failures_account ON sign_in_failures (org_id, username_hash, address_hash, failed_at);
CREATE INDEX sign_in_failures_address ON sign_in_failures (address_hash, failed_at);
