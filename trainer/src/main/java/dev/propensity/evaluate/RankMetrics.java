package dev.propensity.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranking quality: ROC AUC (the Mann-Whitney statistic, ties counted as half) and PR AUC (average precision). */
public final class RankMetrics {
    private RankMetrics() {
    }

    /** ROC AUC: the chance that a random win is scored above a random loss. NaN when a class is absent. */
    public static double rocAuc(double[] scores, byte[] won) {
        int n = scores.length;
        Integer[] order = sortedAscending(scores);
        double rankSumWins = 0;
        long wins = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (won[order[k]] == 1) {
                    rankSumWins += averageRank;
                    wins++;
                }
            }
            i = j + 1;
        }
        long losses = n - wins;
        if (wins == 0 || losses == 0) {
            return Double.NaN;
        }
        return (rankSumWins - wins * (wins + 1) / 2.0) / ((double) wins * losses);
    }

    /** Average precision: the mean of the precision at each win, leads taken from the highest score down. */
    public static double prAuc(double[] scores, byte[] won) {
        Integer[] order = sortedAscending(scores);
        long totalWins = 0;
        for (byte b : won) {
            totalWins += b;
        }
        if (totalWins == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long seen = 0;
        long winsSeen = 0;
        int i = order.length - 1;
        while (i >= 0) {
            // Leads with equal scores are taken together: a ranking cannot order them.
            int j = i;
            while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
                j--;
            }
            long groupWins = 0;
            for (int k = j; k <= i; k++) {
                groupWins += won[order[k]];
            }
            seen += i - j + 1;
            winsSeen += groupWins;
            sum += groupWins * ((double) winsSeen / seen);
            i = j - 1;
        }
        return sum / totalWins;
    }

    static Integer[] sortedAscending(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(k -> scores[k]));
        return order;
    }
}
