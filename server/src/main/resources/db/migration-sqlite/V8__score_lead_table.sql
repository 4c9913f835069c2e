-- Issue 13: on SQLite the score log's lead index moves out of the score log into a table of its own, score_lead,
-- which the store fills in sorted bulk every few seconds (ScoreLeadIndex) instead of one entry per logged score.
-- An index entry per score, in the score's own transaction, dirtied a page of its own for nearly every score of a
-- batch and was the largest part of the score log writer's CPU; entries added sorted, thousands at a time, share
-- their pages. Rows with ids above score_lead_mark.upto are not in it yet; every lookup by lead indexes them first.
-- SQLite gives a new row the largest id so far plus one and takes one write transaction at a time, and nothing
-- deletes from the score log, so every row logged after the mark has a larger id than the mark.
CREATE TABLE score_lead (
    lead_id TEXT    NOT NULL,
    log_id  INTEGER NOT NULL,
    PRIMARY KEY (lead_id, log_id)
) WITHOUT ROWID;
INSERT INTO score_lead (lead_id, log_id) SELECT lead_id, id FROM score_log ORDER BY lead_id, id;
CREATE TABLE score_lead_mark (upto INTEGER NOT NULL);
INSERT INTO score_lead_mark (upto) SELECT COALESCE(MAX(id), 0) FROM score_log;
DROP INDEX score_log_lead;
