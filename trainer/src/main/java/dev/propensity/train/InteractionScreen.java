package dev.propensity.train;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.features.CategoryNames;
import dev.propensity.model.PropensityModel;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Interaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks pairs of fields by how much of the main-effects model's error their combination could explain, in the
 * spirit of FAST (Lou, Caruana, Gehrke and Hooker 2013, used by explainable boosting machines): the residuals
 * {@code won - p} of the fitted model on its training rows are summed in each cell of the pair's grid (level of
 * one × level of the other), and a pair's score is the residual sum of squares a per-cell constant removes beyond
 * what per-level constants of either field alone remove: {@code Σ_cells S²/(n+m) - Σ_a S²/(n+m) - Σ_b S²/(n+m)},
 * shrunk by {@code m = 10} rows per cell. FAST fits the best single cut on each axis; here every cell is its own
 * constant, which suits categories. Only fields with a few levels take part: categories, yes/no fields, and
 * numbers with at most {@value #MAX_NUMERIC_LEVELS} distinct values (an interaction is learnt as one category).
 */
final class InteractionScreen {
    static final int MAX_NUMERIC_LEVELS = 12;
    private static final double SHRINK = 10;

    /** A candidate pair and its score. */
    record Candidate(String first, String second, double score) {
        Interaction interaction() {
            return new Interaction(first, second, first + " combined with " + second + " (found by screening)");
        }
    }

    private InteractionScreen() {
    }

    static List<Candidate> rank(LeadTable table, int[] rows, PropensityModel model) {
        double[] residual = new double[rows.length];
        var encode = EncodedRows.encoder(table, model.pipeline());
        for (int i = 0; i < rows.length; i++) {
            residual[i] = table.won()[rows[i]] - model.probability(encode.apply(rows[i]));
        }
        Set<String> existing = new HashSet<>();
        table.schema().interactions().forEach(x -> {
            existing.add(x.first() + "\u0000" + x.second());
            existing.add(x.second() + "\u0000" + x.first());
        });
        List<FeatureSpec> fields = new ArrayList<>();
        List<String[]> levels = new ArrayList<>();
        for (FeatureSpec spec : table.schema().features()) {
            String[] level = levels(spec, table.column(spec.name()), rows);
            if (level != null) {
                fields.add(spec);
                levels.add(level);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < fields.size(); a++) {
            double oneWayA = oneWay(levels.get(a), residual);
            for (int b = a + 1; b < fields.size(); b++) {
                if (existing.contains(fields.get(a).name() + "\u0000" + fields.get(b).name())) {
                    continue;
                }
                double cells = pair(levels.get(a), levels.get(b), residual);
                candidates.add(new Candidate(fields.get(a).name(), fields.get(b).name(),
                        cells - oneWayA - oneWay(levels.get(b), residual)));
            }
        }
        candidates.sort((x, y) -> Double.compare(y.score(), x.score()));
        return candidates;
    }

    /** Each row's level as text ("missing" included), or null when the field has too many levels to pair. */
    private static String[] levels(FeatureSpec spec, Column column, int[] rows) {
        String[] level = new String[rows.length];
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < rows.length; i++) {
            Object raw = column.raw(rows[i]);
            level[i] = raw == null ? "\u0000missing" : raw instanceof String text ? CategoryNames.normalise(text) : raw.toString();
            distinct.add(level[i]);
        }
        if (distinct.size() < 2) {
            return null;
        }
        return spec.kind() == FeatureKind.NUMERIC && distinct.size() > MAX_NUMERIC_LEVELS ? null : level;
    }

    private static double oneWay(String[] level, double[] residual) {
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < level.length; i++) {
            double[] s = sums.computeIfAbsent(level[i], k -> new double[2]);
            s[0] += residual[i];
            s[1]++;
        }
        return explained(sums);
    }

    private static double pair(String[] first, String[] second, double[] residual) {
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < first.length; i++) {
            double[] s = sums.computeIfAbsent(first[i] + "|" + second[i], k -> new double[2]);
            s[0] += residual[i];
            s[1]++;
        }
        return explained(sums);
    }

    private static double explained(Map<String, double[]> sums) {
        double total = 0;
        for (double[] s : sums.values()) {
            total += s[0] * s[0] / (s[1] + SHRINK);
        }
        return total;
    }
}
