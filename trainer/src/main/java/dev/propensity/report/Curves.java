package dev.propensity.report;

import dev.propensity.evaluate.DescendingOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * ROC and precision-recall curves, one point per distinct score (leads with equal scores are taken together,
 * as no ranking can order them). The areas are computed exactly by {@code evaluate.RankMetrics}; these points
 * are for drawing.
 */
public final class Curves {
    /** One ROC point: after calling every lead scored at least {@code threshold}. */
    public record RocPoint(double falsePositiveRate, double truePositiveRate, double threshold) {
    }

    /** One precision-recall point: after calling every lead scored at least {@code threshold}. */
    public record PrPoint(double recall, double precision, double threshold) {
    }

    private Curves() {
    }

    /** The ROC curve from (0, 0) to (1, 1); empty when wins or losses are absent. */
    public static List<RocPoint> roc(double[] scores, byte[] won) {
        long wins = countWins(won);
        long losses = won.length - wins;
        List<RocPoint> points = new ArrayList<>();
        if (wins == 0 || losses == 0) {
            return points;
        }
        points.add(new RocPoint(0, 0, Double.POSITIVE_INFINITY));
        walk(scores, won, (tp, fp, threshold) ->
                points.add(new RocPoint((double) fp / losses, (double) tp / wins, threshold)));
        return List.copyOf(points);
    }

    /** The precision-recall curve; empty when there are no wins. */
    public static List<PrPoint> pr(double[] scores, byte[] won) {
        long wins = countWins(won);
        List<PrPoint> points = new ArrayList<>();
        if (wins == 0) {
            return points;
        }
        walk(scores, won, (tp, fp, threshold) ->
                points.add(new PrPoint((double) tp / wins, (double) tp / (tp + fp), threshold)));
        return List.copyOf(points);
    }

    /**
     * At most {@code max} points, evenly spaced along the list and always keeping both ends: a test set of
     * 50,000 leads would otherwise put 50,000 points into every report.
     */
    public static <T> List<T> thin(List<T> points, int max) {
        if (points.size() <= max || max < 2) {
            return points;
        }
        List<T> kept = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            kept.add(points.get((int) Math.round(i * (points.size() - 1) / (double) (max - 1))));
        }
        return List.copyOf(kept);
    }

    private interface Step {
        void at(long truePositives, long falsePositives, double threshold);
    }

    private static void walk(double[] scores, byte[] won, Step step) {
        int[] order = descending(scores);
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < order.length) {
            double score = scores[order[i]];
            while (i < order.length && scores[order[i]] == score) {
                if (won[order[i]] == 1) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            step.at(tp, fp, score);
        }
    }

    /** Rows by descending score, equal scores in row order, so results do not depend on the JVM's sort. */
    static int[] descending(double[] scores) {
        return DescendingOrder.of(scores);
    }

    static long countWins(byte[] won) {
        long wins = 0;
        for (byte b : won) {
            wins += b;
        }
        return wins;
    }
}
