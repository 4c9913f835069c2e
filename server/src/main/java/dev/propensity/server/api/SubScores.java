package dev.propensity.server.api;

/**
 * Fit (who the buyer is), engagement (what they did lately) and intent (what they asked for), kept apart.
 *
 * @param fit        from the fit and survey fields
 * @param engagement from activity events or the exported activity counts
 * @param intent     the smoothed win rate of the lead's intent values (form and source)
 * @param quadrant   where fit and engagement fall against the thresholds, before any override rule
 */
public record SubScores(SubScoreView fit, SubScoreView engagement, SubScoreView intent, Quadrant quadrant) {
}
