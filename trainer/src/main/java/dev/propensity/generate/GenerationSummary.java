package dev.propensity.generate;

import java.nio.file.Path;

/**
 * What a generation run wrote.
 *
 * @param folder                 where the files are
 * @param leads                  rows in the opportunities files
 * @param surveys                rows in the survey files
 * @param won                    leads whose outcome is won
 * @param meanTrueProbability    average of the true probabilities (close to the win rate)
 */
public record GenerationSummary(Path folder, long leads, long surveys, long won, double meanTrueProbability) {
    /** Share of leads won. */
    public double winRate() {
        return leads == 0 ? 0 : (double) won / leads;
    }
}
