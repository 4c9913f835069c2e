-- Retraining jobs shared by every replica on one store (issue 14), for SQLite and PostgreSQL alike.
-- A job is started on one replica and its progress read on any; active_slot is what makes a retrain run once:
-- it is 1 while a job is queued or running and NULL once it has finished, and the unique constraint lets only
-- one row hold the 1 (both databases let a UNIQUE column hold any number of NULLs). The replica running a job
-- refreshes heartbeat_micros; a job whose heartbeat is long stale belonged to a replica that died, and the next
-- claim marks it failed. view_json is the job as GET /v1/retrain/{id} answers it.
CREATE TABLE retrain_job (
    id               VARCHAR(64) NOT NULL PRIMARY KEY,
    state            VARCHAR(16) NOT NULL,
    active_slot      INTEGER,
    owner            TEXT        NOT NULL,
    heartbeat_micros BIGINT      NOT NULL,
    view_json        TEXT        NOT NULL,
    CONSTRAINT retrain_job_one_active UNIQUE (active_slot),
    CONSTRAINT retrain_job_slot_is_one CHECK (active_slot IS NULL OR active_slot = 1)
);
