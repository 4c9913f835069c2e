package dev.propensity.model;

import java.util.Arrays;
import java.util.List;

/**
 * A score and why: {@code baselineLogOdds + sum(contributions) == logOdds} exactly, and
 * {@code probability == 1 / (1 + exp(-logOdds))}.
 *
 * @param probability     chance of becoming a customer
 * @param logOdds         the calibrated log-odds
 * @param baselineLogOdds the log-odds of the average training lead
 * @param contributions   one per field, in pipeline order
 * @param warnings        missing fields, unseen categories
 */
public record Explanation(double probability, double logOdds, double baselineLogOdds,
                          List<Contribution> contributions, List<String> warnings) {

    /** The {@code n} fields that moved the score most, largest first (ties in pipeline order). */
    public List<Contribution> strongest(int n) {
        return strongest(contributions, n);
    }

    /**
     * The {@code n} contributions of largest magnitude, largest first, ties in their given order: the same as a
     * stable sort by descending magnitude cut at {@code n}, without sorting the whole list (scoring calls this on
     * every answer).
     */
    public static List<Contribution> strongest(List<Contribution> contributions, int n) {
        Contribution[] top = new Contribution[Math.max(0, Math.min(n, contributions.size()))];
        int size = 0;
        for (Contribution c : contributions) {
            double magnitude = Math.abs(c.logOdds());
            int at = size;
            while (at > 0 && Math.abs(top[at - 1].logOdds()) < magnitude) {
                at--;
            }
            if (at >= top.length) {
                continue;
            }
            int last = Math.min(size, top.length - 1);
            System.arraycopy(top, at, top, at + 1, last - at);
            top[at] = c;
            size = Math.min(size + 1, top.length);
        }
        return List.of(Arrays.copyOf(top, size));
    }
}
