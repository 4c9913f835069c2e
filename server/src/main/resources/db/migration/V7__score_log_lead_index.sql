-- Issue 13: the score log's lead index on lead_id alone, instead of (lead_id, scored_at_micros). Every logged score
-- adds an entry at its lead's place in this index, a page of its own for nearly every score of a batch, and that
-- was most of the score log writer's CPU; the narrower entries fill fewer pages and split them less often
-- (benchmarks/results/score-log-writer.md). A lead has a handful of scores, so the retraining join, which wants a
-- lead's latest score before a moment, reads them all by lead and picks the latest as cheaply as before.
CREATE INDEX score_log_lead ON score_log (lead_id);
DROP INDEX score_log_lead_time;
