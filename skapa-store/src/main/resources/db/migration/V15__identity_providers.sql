-- Sign-in with the organisation's own identity provider (OpenID Connect, issue 21). The client secret
-- is never stored: only the name of the environment variable that holds it.
CREATE TABLE identity_providers (
    org_id                 text    PRIMARY KEY REFERENCES organisations (id),
    issuer                 text    NOT NULL,
    client_id              text    NOT NULL,
    client_secret_variable text,
    staff_claim            text    NOT NULL,
    roles_claim            text,
    role_values            text[]  NOT NULL,
    role_codes             text[]  NOT NULL,
    api_audience           text,
    passwords_allowed      boolean NOT NULL,
    CHECK (cardinality(role_values) = cardinality(role_codes))
);
CREATE INDEX identity_providers_issuer ON identity_providers (issuer);

-- Sign-ins under way: the state is kept only as a hash, and taken once.
CREATE TABLE oidc_pending (
    state_hash bytea       PRIMARY KEY,
    org_id     text        NOT NULL,
    nonce      text        NOT NULL,
    verifier   text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX oidc_pending_created ON oidc_pending (created_at);
