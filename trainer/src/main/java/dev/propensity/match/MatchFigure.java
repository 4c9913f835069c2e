package dev.propensity.match;

/**
 * How well one rep or product does with one persona.
 *
 * @param name          the rep or product
 * @param deals         closed deals behind the figures
 * @param wins          of which won
 * @param expectedWins  what the leads' propensity predicted
 * @param rawRate       wins / deals
 * @param smoothedRate  the raw rate smoothed towards the persona's rate (empirical Bayes)
 * @param adjustedRate  the persona's rate plus the excess of wins over the propensity's prediction, smoothed the
 *                      same way: what the rep would win with the persona's average lead
 * @param meanWonAmount average amount of a won deal (the product's over all personas when this cell has few wins)
 * @param expectedValue adjustedRate × meanWonAmount
 * @param thin          fewer than {@value MatchTables#THIN_DEALS} deals or {@value MatchTables#THIN_WINS} wins
 */
public record MatchFigure(String name, int deals, int wins, double expectedWins, double rawRate, double smoothedRate,
                          double adjustedRate, double meanWonAmount, double expectedValue, boolean thin) {
}
