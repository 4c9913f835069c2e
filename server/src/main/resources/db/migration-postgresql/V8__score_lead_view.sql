-- Issue 13: the store finds a lead's scores through score_lead on both databases. On SQLite that is a table of its
-- own, filled in sorted bulk (migration-sqlite/V8). On PostgreSQL several servers may log scores at once, with ids
-- from one sequence committed out of order, so no mark could say which rows are indexed; here the score log keeps
-- its lead index, maintained by PostgreSQL's own processes in each batch's transaction, and score_lead is a view.
CREATE VIEW score_lead AS SELECT lead_id, id AS log_id FROM score_log;
