package dev.propensity.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.report.RankingValue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interval formulas on cases worked by hand, and the bootstrap's shortcuts against the plain figures. */
class IntervalsTest {
    /**
     * Wins scored 0.9 and 0.6, losses 0.7, 0.2 and 0.1. Win placements: 3/3 and 2/3; loss placements: 1/2, 2/2,
     * 2/2. AUC = 5/6. Sample variances: wins 1/18, losses 1/12; variance = (1/18)/2 + (1/12)/3 = 1/18.
     */
    @Test
    void deLongMatchesTheHandWorkedVariance() {
        Interval auc = DeLong.interval(new double[] {0.9, 0.7, 0.6, 0.2, 0.1}, new byte[] {1, 0, 1, 0, 0});
        assertEquals(5.0 / 6, auc.estimate(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 18), auc.standardError(), 1e-12);
        assertEquals(5.0 / 6 - Interval.Z95 * Math.sqrt(1.0 / 18), auc.low(), 1e-12);
        assertEquals(1.0, auc.high(), 1e-12, "clipped at 1");
        assertEquals("DeLong", auc.method());
    }

    /**
     * Ties count half in the placements: wins 0.5 and 0.8, losses 0.5 and 0.2. Win placements (0.5 + 1)/2 = 3/4
     * and 2/2 = 1; loss placements (1 + 0.5)/2 = 3/4 and 1. AUC 7/8; variances 1/32 each; variance = 1/64 + 1/64.
     */
    @Test
    void deLongCountsTiesAsHalf() {
        Interval auc = DeLong.interval(new double[] {0.5, 0.8, 0.5, 0.2}, new byte[] {1, 1, 0, 0});
        assertEquals(7.0 / 8, auc.estimate(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 32), auc.standardError(), 1e-12);
    }

    @Test
    void deLongIsUnknownWithoutTwoOfEachClass() {
        assertFalse(DeLong.interval(new double[] {0.9, 0.1, 0.2}, new byte[] {1, 0, 0}).known());
    }

    @Test
    void withEveryLeadOnceTheRankedFiguresAreThePlainOnes() {
        Random random = new Random(3);
        double[] p = new double[700];
        byte[] won = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            // Rounded to two places, so that many probabilities tie.
            p[i] = Math.round(random.nextDouble() * 100) / 100.0;
            won[i] = (byte) (random.nextDouble() < p[i] ? 1 : 0);
        }
        RankedRows rows = new RankedRows(p, won, filled(p.length, 0.4));
        int[] ones = rows.ones();
        assertEquals(RankMetrics.rocAuc(p, won), rows.auc(ones), 1e-12);
        assertEquals(RankMetrics.prAuc(p, won), rows.averagePrecision(ones), 1e-12);
        assertEquals(ProbabilityMetrics.expectedCalibrationError(p, won, 10), rows.ece(ones), 1e-12);
        assertEquals(ProbabilityMetrics.logLoss(p, won), rows.logLoss(ones), 1e-12);
        assertEquals(ProbabilityMetrics.brier(p, won), rows.brier(ones), 1e-12);
        assertEquals(RankingValue.of(p, won).topShares().get(1).lift(), rows.topDecileLift(ones), 1e-12);
        double[] base = new double[p.length];
        java.util.Arrays.fill(base, 0.4);
        assertEquals(ProbabilityMetrics.logLoss(base, won) - ProbabilityMetrics.logLoss(p, won), rows.logLossGain(ones), 1e-12);
    }

    @Test
    void aLeadCountedTwiceIsTheSameAsTheLeadWrittenTwice() {
        double[] p = {0.9, 0.8, 0.6, 0.6, 0.3, 0.1};
        byte[] won = {1, 0, 1, 0, 0, 1};
        int[] w = {2, 0, 1, 3, 1, 2};
        double[] copies = {0.9, 0.9, 0.6, 0.6, 0.6, 0.6, 0.3, 0.1, 0.1};
        byte[] copyWon = {1, 1, 1, 0, 0, 0, 0, 1, 1};
        RankedRows rows = new RankedRows(p, won, filled(p.length, 0.5));
        assertEquals(RankMetrics.rocAuc(copies, copyWon), rows.auc(w), 1e-12);
        assertEquals(RankMetrics.prAuc(copies, copyWon), rows.averagePrecision(w), 1e-12);
        assertEquals(ProbabilityMetrics.expectedCalibrationError(copies, copyWon, 10), rows.ece(w), 1e-12);
        assertEquals(ProbabilityMetrics.logLoss(copies, copyWon), rows.logLoss(w), 1e-12);
    }

    /**
     * 20 leads, 5 wins: the top 10 % are the first round(20 / 10) = 2 leads by probability; one is a win, so
     * their win rate is 1/2 against 5/20 overall: lift 2.
     */
    @Test
    void topDecileLiftByHand() {
        double[] p = new double[20];
        byte[] won = new byte[20];
        for (int i = 0; i < 20; i++) {
            p[i] = 1 - i / 20.0;
        }
        won[1] = 1;
        won[5] = 1;
        won[9] = 1;
        won[12] = 1;
        won[19] = 1;
        RankedRows rows = new RankedRows(p, won, filled(p.length, 0.25));
        assertEquals(2.0, rows.topDecileLift(rows.ones()), 1e-12);
        // The first lead counted twice fills the top 2 alone: a loss, lift 0.
        int[] w = rows.ones();
        w[0] = 2;
        assertEquals(0.0, rows.topDecileLift(w), 1e-12);
    }

    /** Type-7 quantiles: of 1, 2, 3, 4 the 0.025 quantile is 1 + 0.075 and the 0.975 quantile 4 - 0.075. */
    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.075, MetricIntervals.quantile(sorted, 0.025), 1e-12);
        assertEquals(3.925, MetricIntervals.quantile(sorted, 0.975), 1e-12);
        assertEquals(2.5, MetricIntervals.quantile(sorted, 0.5), 1e-12);
    }

    @Test
    void theBootstrapIsSeededAndBracketsItsEstimate() {
        Random random = new Random(8);
        double[] p = new double[400];
        byte[] won = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble();
            won[i] = (byte) (random.nextDouble() < p[i] ? 1 : 0);
        }
        MetricIntervals a = MetricIntervals.of(p, won, 0.5, 42);
        MetricIntervals b = MetricIntervals.of(p, won, 0.5, 42);
        assertEquals(a, b);
        assertEquals(1000, a.resamples());
        for (Interval i : new Interval[] {a.rocAuc(), a.prAuc(), a.topDecileLift(), a.ece(), a.logLoss(), a.brier(),
            a.logLossGain()}) {
            assertTrue(i.low() <= i.estimate() && i.estimate() <= i.high(), i.toString());
            assertTrue(i.high() - i.low() > 0, i.toString());
        }
        assertTrue(a.logLossGain().low() > 0, "true probabilities beat the constant 0.5: " + a.logLossGain());
        assertFalse(a.prAuc().equals(MetricIntervals.of(p, won, 0.5, 43).prAuc()), "another seed, other resamples");
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
