package dev.propensity.evaluate;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.features.CategoryNames;
import dev.propensity.schema.FeatureSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds single fields that predict the label almost perfectly on their own, the mark of a column filled in after
 * the outcome (a stage, a close date). Categories are scored by their win rate on the training rows and judged on
 * the held-out rows, so an id-like column cannot look predictive by memorising.
 */
public final class LeakageCheck {
    /** One field's own predictive power. */
    public record FieldPower(String field, double auc) {
    }

    private LeakageCheck() {
    }

    /** Each feature's AUC on its own (folded so that 0.5 is useless and 1 is perfect), strongest first. */
    public static List<FieldPower> fieldPower(LeadTable table, int[] train, int[] test) {
        byte[] testWon = new byte[test.length];
        for (int i = 0; i < test.length; i++) {
            testWon[i] = table.won()[test[i]];
        }
        List<FieldPower> result = new ArrayList<>();
        for (FeatureSpec spec : table.schema().features()) {
            Column column = table.column(spec.name());
            double[] scores = column instanceof Column.Text text
                    ? levelRates(text.values(), table.won(), train, test)
                    : numbers(((Column.Numbers) column).values(), test);
            double auc = RankMetrics.rocAuc(scores, testWon);
            if (!Double.isNaN(auc)) {
                result.add(new FieldPower(spec.name(), Math.max(auc, 1 - auc)));
            }
        }
        result.sort((a, b) -> Double.compare(b.auc(), a.auc()));
        return result;
    }

    private static double[] numbers(double[] values, int[] test) {
        double[] scores = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            double v = values[test[i]];
            // Missing ranks below every value: "no value" is itself a level.
            scores[i] = Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
        return scores;
    }

    private static double[] levelRates(String[] values, byte[] won, int[] train, int[] test) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        long wins = 0;
        for (int row : train) {
            long[] c = counts.computeIfAbsent(key(values[row], keys), k -> new long[2]);
            c[0] += won[row];
            c[1]++;
            wins += won[row];
        }
        double prior = train.length == 0 ? 0 : (double) wins / train.length;
        double[] scores = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            long[] c = counts.get(key(values[test[i]], keys));
            // A little shrinkage towards the overall rate keeps tiny levels from scoring 0 or 1.
            scores[i] = c == null ? prior : (c[0] + prior) / (c[1] + 1.0);
        }
        return scores;
    }

    /** The level a value counts under; {@code cache} spares normalising the same spelling again. */
    private static String key(String value, Map<String, String> cache) {
        return value == null ? "\u0000missing" : cache.computeIfAbsent(value, CategoryNames::normalise);
    }
}
