-- An organisation's own survey questions, asked after SKAPA's. Question texts, never answers or people.
CREATE TABLE survey_questions (
    org_id   text    NOT NULL REFERENCES organisations (id),
    position integer NOT NULL CHECK (position >= 0),
    key      text    NOT NULL,
    text_sv  text    NOT NULL,
    text_en  text    NOT NULL,
    PRIMARY KEY (org_id, key),
    UNIQUE (org_id, position)
);
