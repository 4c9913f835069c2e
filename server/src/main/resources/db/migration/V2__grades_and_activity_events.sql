-- Issue 10: the grade each score was given (NULL for scores of versions without grading), and activity events
-- recorded ahead of scoring. Portable like V1: instants are BIGINT microseconds; ${id_column} per dialect.

ALTER TABLE score_log ADD COLUMN grade VARCHAR(1);

-- One row per event; the natural key makes re-posting the same event harmless, even concurrently.
CREATE TABLE activity_event (
    id                 ${id_column},
    lead_id            TEXT    NOT NULL,
    event_type         TEXT    NOT NULL,
    occurred_at_micros BIGINT  NOT NULL,
    received_at_micros BIGINT  NOT NULL,
    CONSTRAINT activity_event_unique UNIQUE (lead_id, event_type, occurred_at_micros)
);

CREATE INDEX activity_event_lead ON activity_event (lead_id, occurred_at_micros);
