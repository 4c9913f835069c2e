package dev.propensity.grade;

import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import java.util.List;

/**
 * One sub-score with its exact explanation: {@code baselineLogOdds + sum(contributions) == logOdds} and
 * {@code probability == sigmoid(logOdds)}.
 *
 * @param probability     the sub-score as a probability of a win
 * @param logOdds         its log-odds
 * @param baselineLogOdds the log-odds with every contribution at zero
 * @param contributions   what each field (or event type) added
 */
public record SubScore(double probability, double logOdds, double baselineLogOdds, List<Contribution> contributions) {
    public SubScore {
        contributions = List.copyOf(contributions);
    }

    /** The score shown to users: the probability times 100, rounded. */
    public int score() {
        return (int) Math.round(probability * 100);
    }

    /** The {@code n} contributions that moved it most, largest first. */
    public List<Contribution> strongest(int n) {
        return Explanation.strongest(contributions, n);
    }
}
