package dev.propensity.evaluate;

import java.util.Arrays;

/**
 * Ranking quality: ROC AUC (the Mann-Whitney statistic, ties counted as half) and PR AUC (average precision).
 * Both sort the wins' and the losses' scores apart as primitive arrays and walk them together, which keeps a
 * million-row evaluation to two primitive sorts.
 */
public final class RankMetrics {
    private RankMetrics() {
    }

    /** ROC AUC: the chance that a random win is scored above a random loss. NaN when a class is absent. */
    public static double rocAuc(double[] scores, byte[] won) {
        double[][] split = byClass(scores, won);
        double[] wins = split[1];
        double[] losses = split[0];
        if (wins.length == 0 || losses.length == 0) {
            return Double.NaN;
        }
        double pairs = 0;
        int below = 0;
        int equal = 0;
        for (double w : wins) {
            while (below < losses.length && losses[below] < w) {
                below++;
            }
            equal = Math.max(equal, below);
            while (equal < losses.length && losses[equal] == w) {
                equal++;
            }
            pairs += below + 0.5 * (equal - below);
        }
        return pairs / ((double) wins.length * losses.length);
    }

    /** Average precision: the mean of the precision at each win, leads taken from the highest score down. */
    public static double prAuc(double[] scores, byte[] won) {
        double[][] split = byClass(scores, won);
        double[] wins = split[1];
        double[] losses = split[0];
        if (wins.length == 0) {
            return Double.NaN;
        }
        int w = wins.length - 1;
        int l = losses.length - 1;
        long seen = 0;
        long winsSeen = 0;
        double sum = 0;
        while (w >= 0) {
            // Leads with equal scores are taken together: a ranking cannot order them.
            double top = l >= 0 ? Math.max(wins[w], losses[l]) : wins[w];
            long groupWins = 0;
            while (w >= 0 && wins[w] == top) {
                groupWins++;
                w--;
            }
            long groupLosses = 0;
            while (l >= 0 && losses[l] == top) {
                groupLosses++;
                l--;
            }
            seen += groupWins + groupLosses;
            winsSeen += groupWins;
            sum += groupWins * ((double) winsSeen / seen);
        }
        return sum / wins.length;
    }

    /** The losses' scores and the wins' scores, each sorted ascending. */
    private static double[][] byClass(double[] scores, byte[] won) {
        int wins = 0;
        for (byte b : won) {
            wins += b;
        }
        double[] winScores = new double[wins];
        double[] lossScores = new double[scores.length - wins];
        int wi = 0;
        int li = 0;
        for (int i = 0; i < scores.length; i++) {
            if (won[i] == 1) {
                winScores[wi++] = scores[i];
            } else {
                lossScores[li++] = scores[i];
            }
        }
        Arrays.sort(winScores);
        Arrays.sort(lossScores);
        return new double[][] {lossScores, winScores};
    }
}
