package dev.propensity.match;

/**
 * The deals of one rep (or product) with one persona.
 *
 * @param name         the rep or product
 * @param deals        closed deals
 * @param wins         won deals
 * @param expectedWins the sum of the propensity model's probabilities over those deals
 * @param wonAmount    the sum of the won deals' amounts
 */
public record DealCell(String name, int deals, int wins, double expectedWins, double wonAmount) {
    DealCell add(boolean won, double probability, double amount) {
        return new DealCell(name, deals + 1, wins + (won ? 1 : 0), expectedWins + probability,
                wonAmount + (won && !Double.isNaN(amount) ? amount : 0));
    }
}
