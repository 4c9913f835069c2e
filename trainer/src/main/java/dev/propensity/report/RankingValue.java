package dev.propensity.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What ranking leads by score is worth to a sales team: wins and conversion by decile (lift and cumulative
 * gains), the same for the top 5 %, 10 %, … 100 %, and how many more times a top-decile lead converts than a
 * bottom-decile one.
 *
 * <p>Leads are sorted by score, highest first; equal scores keep their row order. The lead at rank {@code k}
 * (from 0) of {@code n} falls in decile {@code 1 + floor(10 k / n)}; the top X % are the first
 * {@code round(n X / 100)} leads.
 *
 * @param deciles            ten rows, best decile first
 * @param topShares          twenty rows, top 5 % to top 100 %
 * @param winsCapturedTop20  share of all wins among the top 20 % of leads
 * @param winsCapturedTop30  share of all wins among the top 30 %
 * @param topBottomRatio     conversion of the top decile over that of the bottom decile (infinite, written as
 *                           null, when the bottom decile has no wins)
 */
public record RankingValue(List<Decile> deciles, List<TopShare> topShares, double winsCapturedTop20,
                           double winsCapturedTop30, double topBottomRatio) {

    /**
     * One decile.
     *
     * @param decile           1 (highest scores) to 10
     * @param leads            leads in it
     * @param wins             wins among them
     * @param conversion       wins / leads
     * @param lift             conversion over the overall conversion
     * @param cumulativeGain   share of all wins in this and the better deciles
     * @param minScore         lowest score in it
     * @param maxScore         highest score in it
     */
    public record Decile(int decile, long leads, long wins, double conversion, double lift, double cumulativeGain,
                         double minScore, double maxScore) {
    }

    /**
     * The top {@code percent} % of leads by score.
     *
     * @param winsCaptured share of all wins they hold
     * @param conversion   their win rate
     * @param lift         their win rate over the overall one
     */
    public record TopShare(int percent, long leads, long wins, double winsCaptured, double conversion, double lift) {
    }

    public RankingValue {
        deciles = List.copyOf(deciles);
        topShares = List.copyOf(topShares);
    }

    public static RankingValue of(double[] scores, byte[] won) {
        int[] order = Curves.descending(scores);
        int n = order.length;
        long totalWins = Curves.countWins(won);
        double rate = n == 0 ? Double.NaN : (double) totalWins / n;
        long[] leads = new long[10];
        long[] wins = new long[10];
        double[] min = new double[10];
        double[] max = new double[10];
        java.util.Arrays.fill(min, Double.NaN);
        java.util.Arrays.fill(max, Double.NaN);
        for (int k = 0; k < n; k++) {
            int d = (int) (10L * k / n);
            double s = scores[order[k]];
            leads[d]++;
            wins[d] += won[order[k]];
            min[d] = Double.isNaN(min[d]) ? s : Math.min(min[d], s);
            max[d] = Double.isNaN(max[d]) ? s : Math.max(max[d], s);
        }
        List<Decile> deciles = new ArrayList<>(10);
        long cumulative = 0;
        for (int d = 0; d < 10; d++) {
            cumulative += wins[d];
            double conversion = leads[d] == 0 ? Double.NaN : (double) wins[d] / leads[d];
            deciles.add(new Decile(d + 1, leads[d], wins[d], conversion, conversion / rate,
                    share(cumulative, totalWins), min[d], max[d]));
        }
        List<TopShare> top = new ArrayList<>(20);
        for (int percent = 5; percent <= 100; percent += 5) {
            top.add(top(order, won, percent, totalWins, rate));
        }
        double bottom = deciles.get(9).conversion();
        double ratio = deciles.get(0).conversion() / bottom;
        return new RankingValue(deciles, top, top(order, won, 20, totalWins, rate).winsCaptured(),
                top(order, won, 30, totalWins, rate).winsCaptured(), ratio);
    }

    private static TopShare top(int[] order, byte[] won, int percent, long totalWins, double rate) {
        int count = (int) Math.round(order.length * percent / 100.0);
        long wins = 0;
        for (int k = 0; k < count; k++) {
            wins += won[order[k]];
        }
        double conversion = count == 0 ? Double.NaN : (double) wins / count;
        return new TopShare(percent, count, wins, share(wins, totalWins), conversion, conversion / rate);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
