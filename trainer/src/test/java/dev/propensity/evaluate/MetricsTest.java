package dev.propensity.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final double[] P = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.2};
    private static final byte[] Y = {1, 1, 0, 1, 0, 1, 0, 0};

    @Test
    void rocAucIsTheShareOfWinLossPairsInTheRightOrder() {
        // Wins at 0.9, 0.8, 0.6, 0.4; losses at 0.7, 0.55, 0.3, 0.2.
        // Pairs won correctly: 0.9 beats 4, 0.8 beats 4, 0.6 beats 3, 0.4 beats 2 = 13 of 16.
        assertEquals(13.0 / 16, RankMetrics.rocAuc(P, Y), 1e-12);
    }

    @Test
    void tiedScoresCountHalf() {
        double[] p = {0.5, 0.5, 0.5, 0.5};
        byte[] y = {1, 0, 1, 0};
        assertEquals(0.5, RankMetrics.rocAuc(p, y), 1e-12);
    }

    @Test
    void averagePrecisionAveragesPrecisionAtEachWin() {
        // Wins at ranks 1, 2, 4, 6: precision 1, 1, 3/4, 4/6.
        assertEquals((1 + 1 + 0.75 + 4.0 / 6) / 4, RankMetrics.prAuc(P, Y), 1e-12);
    }

    @Test
    void logLossAndBrierMatchTheirDefinitions() {
        double[] p = {0.8, 0.3};
        byte[] y = {1, 0};
        assertEquals(-(Math.log(0.8) + Math.log(0.7)) / 2, ProbabilityMetrics.logLoss(p, y), 1e-12);
        assertEquals((0.04 + 0.09) / 2, ProbabilityMetrics.brier(p, y), 1e-12);
    }

    @Test
    void calibrationErrorWeighsEachBinsGapByItsCount() {
        // Bin 0.1-0.2: 0.15, 0.15 with one win (gap 0.35); bin 0.9-1.0: 0.95 x 2 with two wins (gap 0.05).
        double[] p = {0.15, 0.15, 0.95, 0.95};
        byte[] y = {1, 0, 1, 1};
        assertEquals((2 * 0.35 + 2 * 0.05) / 4, ProbabilityMetrics.expectedCalibrationError(p, y, 10), 1e-12);
    }

    @Test
    void theBaselinePredictsTheRateForEveryone() {
        Metrics baseline = Metrics.baseline(0.5, Y);
        assertEquals(0.5, baseline.rocAuc(), 1e-12);
        assertEquals(Math.log(2), baseline.logLoss(), 1e-12);
        assertEquals(0.25, baseline.brier(), 1e-12);
    }

    @Test
    void rocAucEqualsTheBruteForcePairCountOnRandomScoresWithTies() {
        java.util.Random random = new java.util.Random(3);
        double[] p = new double[400];
        byte[] y = new byte[400];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextInt(20) / 20.0;
            y[i] = (byte) (random.nextDouble() < 0.2 + 0.6 * p[i] ? 1 : 0);
        }
        double pairs = 0;
        long count = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                    count++;
                }
            }
        }
        assertEquals(pairs / count, RankMetrics.rocAuc(p, y), 1e-12);
    }
}
