package dev.propensity.model;

import java.util.Comparator;
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

    /** The {@code n} fields that moved the score most, largest first. */
    public List<Contribution> strongest(int n) {
        return contributions.stream()
                .sorted(Comparator.comparingDouble((Contribution c) -> Math.abs(c.logOdds())).reversed())
                .limit(n)
                .toList();
    }
}
