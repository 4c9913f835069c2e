-- Issue 9: the persona each score gave, the rep it listed first, and whether that rep list was drawn at random
-- (the exploration share), so that the live report can measure explored reps without the bias of how reps are
-- usually assigned. NULL for scores of versions without personas and for scores logged before this migration.
-- One column per statement: SQLite's ALTER TABLE adds one column at a time.

ALTER TABLE score_log ADD COLUMN persona_id TEXT;
ALTER TABLE score_log ADD COLUMN recommended_rep TEXT;
ALTER TABLE score_log ADD COLUMN explored BOOLEAN;
