-- Issue 10: the fit × engagement quadrant each score fell in, named by the grade the thresholds alone give it
-- (A fit high, engagement high; B low, high; C high, low; D low, low), before any override rule; NULL for scores
-- of versions without grading and for scores logged before this migration. Lets the live report draw the matrix.

ALTER TABLE score_log ADD COLUMN quadrant VARCHAR(1);
