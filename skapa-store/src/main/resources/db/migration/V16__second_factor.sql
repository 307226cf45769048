-- A second factor for password accounts (TOTP, RFC 6238) and recovery codes (issue 21). Recovery codes
-- are kept only as hashes, each deleted when used.
ALTER TABLE organisations ADD COLUMN require_second_factor boolean NOT NULL DEFAULT false;

CREATE TABLE second_factors (
    org_id       text        NOT NULL,
    username     text        NOT NULL,
    secret       bytea,
    pending      bytea,
    last_step    bigint      NOT NULL DEFAULT 0,
    confirmed_at timestamptz,
    PRIMARY KEY (org_id, username),
    FOREIGN KEY (org_id, username) REFERENCES users (org_id, username) ON DELETE CASCADE
);

CREATE TABLE recovery_codes (
    org_id    text  NOT NULL,
    username  text  NOT NULL,
    code_hash bytea NOT NULL,
    PRIMARY KEY (org_id, username, code_hash),
    FOREIGN KEY (org_id, username) REFERENCES users (org_id, username) ON DELETE CASCADE
);
