-- The feedback loop's tables, for SQLite and PostgreSQL alike.
-- Portable on purpose: instants are BIGINT microseconds since the epoch (SQLite has no timestamp type,
-- and integers compare the same everywhere); ${id_column} is the one dialect difference, an
-- auto-generated primary key, filled in per database by Migrations.

-- Every score given, with the input as scored; append-only.
CREATE TABLE score_log (
    id               ${id_column},
    lead_id          TEXT             NOT NULL,
    model_version    INTEGER          NOT NULL,
    probability      DOUBLE PRECISION NOT NULL,
    score            INTEGER          NOT NULL,
    input_json       TEXT             NOT NULL,
    scored_at_micros BIGINT           NOT NULL,
    request_id       TEXT             NOT NULL
);

-- Finds a lead's latest score before a given moment (the retraining join).
CREATE INDEX score_log_lead_time ON score_log (lead_id, scored_at_micros);
-- Recent traffic for drift reports.
CREATE INDEX score_log_time ON score_log (scored_at_micros);

-- CRM outcomes; the unique key is what makes re-posting safe, even from concurrent requests.
CREATE TABLE outcome (
    id                 ${id_column},
    idempotency_key    TEXT          NOT NULL,
    lead_id            TEXT          NOT NULL,
    outcome            VARCHAR(4)    NOT NULL,
    amount             DECIMAL(19, 4),
    close_date         DATE          NOT NULL,
    received_at_micros BIGINT        NOT NULL,
    scored             BOOLEAN       NOT NULL,
    CONSTRAINT outcome_idempotency_key_unique UNIQUE (idempotency_key),
    CONSTRAINT outcome_outcome_known CHECK (outcome IN ('won', 'lost')),
    CONSTRAINT outcome_amount_not_negative CHECK (amount IS NULL OR amount >= 0)
);

CREATE INDEX outcome_received ON outcome (received_at_micros);
CREATE INDEX outcome_lead ON outcome (lead_id);
