-- What an organisation decides for itself, on its admin's settings page: the accessibility
-- statement's contact, the interval between SKAPA conversations, the months after closing that
-- follow-ups fall due, and its own small-numbers threshold (never below the server's; NULL keeps
-- the server's).
CREATE TABLE organisation_settings (
    org_id                      text    PRIMARY KEY REFERENCES organisations (id),
    accessibility_contact       text    CHECK (length(accessibility_contact) BETWEEN 1 AND 200),
    measurement_interval_months integer NOT NULL CHECK (measurement_interval_months BETWEEN 1 AND 6),
    after_closing_months        integer[] NOT NULL
        CHECK (cardinality(after_closing_months) BETWEEN 1 AND 4),
    small_numbers               integer CHECK (small_numbers BETWEEN 2 AND 100)
);
