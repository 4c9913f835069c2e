package dev.propensity.report;

import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.RankMetrics;
import dev.propensity.schema.FeatureSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model quality broken down by the values of the schema's segment fields (job, channel…) on the held-out
 * leads: a model can rank well overall and badly inside the one segment a team works.
 */
public final class SegmentQuality {
    /** Segments with fewer held-out leads than this are marked small unless told otherwise. */
    public static final int DEFAULT_MIN_COUNT = 50;

    /**
     * One value of one segment field.
     *
     * @param field         the segment field
     * @param value         its level (normalised category, yes/no, or a numeric range)
     * @param count         held-out leads with it
     * @param wins          wins among them
     * @param conversion    their win rate
     * @param meanPredicted their mean predicted probability
     * @param auc           ranking quality inside the segment; null when the segment is small or lacks wins or
     *                      losses, as an AUC on a handful of leads says nothing
     * @param small         fewer leads than the minimum count
     */
    public record Row(String field, String value, long count, long wins, double conversion, double meanPredicted,
                      Double auc, boolean small) {
    }

    private SegmentQuality() {
    }

    /**
     * @param rows        the held-out rows of {@code table}
     * @param probability their predicted probabilities, aligned with {@code rows}
     * @param minCount    segments with fewer leads are marked small and get no AUC
     */
    public static List<Row> of(LeadTable table, int[] rows, double[] probability, int minCount) {
        List<Row> result = new ArrayList<>();
        for (String field : table.schema().segments()) {
            FeatureSpec spec = table.schema().feature(field).orElseThrow();
            FieldLevels levels = FieldLevels.of(table.column(field), spec.kind(), rows);
            Map<String, List<Integer>> members = new LinkedHashMap<>();
            for (int i = 0; i < rows.length; i++) {
                members.computeIfAbsent(levels.level(rows[i]), k -> new ArrayList<>()).add(i);
            }
            List<Row> fieldRows = new ArrayList<>();
            members.forEach((value, idx) -> fieldRows.add(row(field, value, idx, table, rows, probability, minCount)));
            fieldRows.sort((a, b) -> Long.compare(b.count(), a.count()));
            result.addAll(fieldRows);
        }
        return List.copyOf(result);
    }

    private static Row row(String field, String value, List<Integer> idx, LeadTable table, int[] rows,
                           double[] probability, int minCount) {
        double[] p = new double[idx.size()];
        byte[] won = new byte[idx.size()];
        long wins = 0;
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = probability[idx.get(k)];
            won[k] = table.won()[rows[idx.get(k)]];
            wins += won[k];
            sum += p[k];
        }
        boolean small = p.length < minCount;
        double auc = small ? Double.NaN : RankMetrics.rocAuc(p, won);
        return new Row(field, value, p.length, wins, (double) wins / p.length, sum / p.length,
                Double.isNaN(auc) ? null : auc, small);
    }
}
