-- Personal accounts, their sessions, and failed sign-ins: all in the database, so that a restart keeps
-- people signed in and several instances agree on who is.

CREATE TABLE users (
    org_id        text        NOT NULL REFERENCES organisations (id),
    id            uuid        NOT NULL UNIQUE,
    username      text        NOT NULL,
    roles         text[]      NOT NULL CHECK (cardinality(roles) > 0),
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (org_id, username)
);

CREATE TABLE sessions (
    token_sha256 bytea       PRIMARY KEY CHECK (length(token_sha256) = 32),
    org_id       text        NOT NULL,
    username     text        NOT NULL,
    csrf         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    FOREIGN KEY (org_id, username) REFERENCES users (org_id, username) ON DELETE CASCADE
);
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);

CREATE TABLE sign_in_failures (
    org_id    text        NOT NULL,
    username  text        NOT NULL,
    failed_at timestamptz NOT NULL
);
CREATE INDEX sign_in_failures_user ON sign_in_failures (org_id, username, failed_at);
