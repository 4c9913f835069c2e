package dev.propensity.server.grading;

import dev.propensity.grade.Grade;
import dev.propensity.grade.LeadGrading;
import dev.propensity.server.api.DecidedBy;
import dev.propensity.server.api.SubScores;

/**
 * A lead's grading as answered.
 *
 * @param scores    the three sub-scores
 * @param grade     the final grade (a rule's, else the threshold's)
 * @param route     where the lead goes
 * @param decidedBy what decided
 * @param computed  the sub-scores as computed, for account scoring
 */
public record Graded(SubScores scores, Grade grade, Route route, DecidedBy decidedBy, LeadGrading computed) {
}
