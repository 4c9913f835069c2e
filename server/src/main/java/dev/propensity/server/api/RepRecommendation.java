package dev.propensity.server.api;

/**
 * A rep recommended for the lead.
 *
 * @param rep             the rep
 * @param expectedWinRate the lead's chance to win with this rep: its probability moved by the rep's
 *                        propensity-adjusted, smoothed lift with the lead's persona
 * @param deals           deals of this rep with this persona behind the figure
 * @param thinEvidence    too few deals or wins to trust the figure
 * @param why             the figure in words
 */
public record RepRecommendation(String rep, double expectedWinRate, int deals, boolean thinEvidence, String why) {
}
