package dev.propensity.grade;

import java.util.List;

/**
 * A lead's intent: the smoothed historical win rate of leads with its values of the intent fields (such as
 * registration form and source), with the evidence behind it.
 *
 * @param probability the smoothed rate, {@code (wins + alpha) / (n + alpha + beta)}
 * @param wins        wins among the training leads with the same values
 * @param n           training leads with the same values
 * @param fields      the intent fields
 * @param values      the lead's values of them, as compared
 * @param priorMean   the rate a group with no history gets
 */
public record IntentEstimate(double probability, long wins, long n, List<String> fields, List<String> values,
                             double priorMean) {
    public IntentEstimate {
        fields = List.copyOf(fields);
        values = List.copyOf(values);
    }
}
