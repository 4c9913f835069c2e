package dev.propensity.server.api;

/**
 * Fit (who the buyer is), engagement (what they did lately) and intent (what they asked for), kept apart.
 *
 * @param fit        from the fit and survey fields
 * @param engagement from activity events or the exported activity counts
 * @param intent     the smoothed win rate of the lead's intent values (form and source)
 */
public record SubScores(SubScoreView fit, SubScoreView engagement, SubScoreView intent) {
}
