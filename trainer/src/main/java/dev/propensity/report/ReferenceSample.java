package dev.propensity.report;

import dev.propensity.data.LeadTable;
import dev.propensity.features.LeadValues;
import dev.propensity.model.PropensityModel;

/**
 * What live traffic is compared with: the leads the champion was trained on and the scores it gives them.
 *
 * @param table  the champion's training data
 * @param rows   the rows it learned from (its training split)
 * @param scores the champion's probability for each of those rows, aligned with {@code rows}
 */
public record ReferenceSample(LeadTable table, int[] rows, double[] scores) {
    public ReferenceSample {
        if (rows.length != scores.length) {
            throw new IllegalArgumentException(rows.length + " reference rows but " + scores.length + " scores");
        }
    }

    /** Scores {@code rows} of {@code table} with the champion. */
    public static ReferenceSample of(LeadTable table, int[] rows, PropensityModel champion) {
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            LeadValues lead = field -> table.columns().containsKey(field) ? table.columns().get(field).raw(row) : null;
            scores[i] = champion.probability(lead);
        }
        return new ReferenceSample(table, rows, scores);
    }
}
