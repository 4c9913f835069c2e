package dev.propensity.persona;

import java.util.List;

/**
 * What one persona looks like in the training data.
 *
 * @param index       position in the book
 * @param size        leads assigned to it
 * @param share       their share of the leads with a persona
 * @param wins        of which won
 * @param winRate     the win rate smoothed towards the overall rate (a Beta prior worth 2 leads)
 * @param winLow      lower end of its 95 % interval (normal approximation of the Beta posterior)
 * @param winHigh     upper end
 * @param meanAmount  average amount of its won deals, NaN without an amount column or wins
 * @param propensity  10th, 25th, 50th, 75th and 90th percentile of the model's probability for its leads
 * @param traits      what sets it apart from the whole population, in plain words, strongest first
 */
public record PersonaProfile(int index, int size, double share, int wins, double winRate, double winLow,
                             double winHigh, double meanAmount, double[] propensity, List<String> traits) {
    public PersonaProfile {
        traits = List.copyOf(traits);
    }
}
