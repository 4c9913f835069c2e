package dev.propensity.generate;

/**
 * The buyer's own survey answers; each may be {@code null} (skipped). Likert items run from 1 to 5.
 *
 * @param innovationAppetite how keen the buyer is on new tools
 * @param riskTolerance      how much risk the buyer accepts
 * @param priceSensitivity   how much price matters
 * @param decisionStyle      how the buyer decides
 */
record Psychographics(Integer innovationAppetite, Integer riskTolerance, Integer priceSensitivity,
                      DecisionStyle decisionStyle) {
}
