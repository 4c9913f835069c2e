package dev.propensity.grade;

import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import dev.propensity.schema.FeatureSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Historical win rates of each combination of the intent fields' values, smoothed by one {@link BetaPrior}
 * fitted to all combinations. Values are compared case- and space-folded; a missing value is its own value.
 *
 * @param fields the intent fields, in order
 * @param cells  "value|value" to {wins, n}
 * @param prior  the prior fitted to the cells
 */
public record IntentTable(List<String> fields, Map<String, long[]> cells, BetaPrior prior) {
    static final String MISSING = "(missing)";
    /** Wins and leads of a combination the history never saw; read only. */
    private static final long[] NEVER_SEEN = new long[2];
    private static final String SEPARATOR = "|";

    public IntentTable {
        fields = List.copyOf(fields);
        cells = Map.copyOf(cells);
    }

    /** Counts and smooths the training rows' combinations. */
    static IntentTable fit(List<String> fields, List<LeadValues> rows, byte[] won, FeaturePipeline pipeline) {
        Map<String, long[]> cells = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            long[] cell = cells.computeIfAbsent(key(values(fields, rows.get(i), pipeline)), k -> new long[2]);
            cell[0] += won[i];
            cell[1]++;
        }
        long[] wins = new long[cells.size()];
        long[] n = new long[cells.size()];
        int k = 0;
        for (long[] cell : cells.values()) {
            wins[k] = cell[0];
            n[k++] = cell[1];
        }
        return new IntentTable(fields, cells, BetaPrior.fit(wins, n));
    }

    public IntentEstimate estimate(LeadValues lead, FeaturePipeline pipeline) {
        List<String> values = values(fields, lead, pipeline);
        long[] cell = cells.get(key(values));
        if (cell == null) {
            cell = NEVER_SEEN;
        }
        return new IntentEstimate(prior.smoothed(cell[0], cell[1]), cell[0], cell[1], fields, values, prior.mean());
    }

    static String key(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    private static List<String> values(List<String> fields, LeadValues lead, FeaturePipeline pipeline) {
        List<String> values = new ArrayList<>(fields.size());
        for (String field : fields) {
            Object raw = lead.get(field);
            FeatureSpec spec = null;
            for (FeatureSpec s : pipeline.specs()) {
                if (s.name().equals(field)) {
                    spec = s;
                    break;
                }
            }
            Object typed;
            try {
                typed = spec == null ? raw : pipeline.typed(spec, raw);
            } catch (RuntimeException e) {
                typed = raw;
            }
            values.add(fold(typed));
        }
        return values;
    }

    static String fold(Object value) {
        if (value == null) {
            return MISSING;
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return d.toString();
        }
        String text = FoldedText.of(value.toString());
        // The whole text lower-cased too, for the characters outside the basic plane that the fold leaves as they are.
        return text.isEmpty() ? MISSING : text.toLowerCase(Locale.ROOT);
    }
}
