package dev.propensity.server.api;

/**
 * A product recommended for the lead.
 *
 * @param product         the product
 * @param expectedWinRate the persona's smoothed win rate with it
 * @param expectedValue   that rate times the average won deal of the product
 * @param deals           deals of this persona with this product
 * @param thinEvidence    too few deals or wins to trust the figure
 * @param why             the figure in words
 */
public record ProductRecommendation(String product, double expectedWinRate, double expectedValue, int deals,
                                    boolean thinEvidence, String why) {
}
