package dev.propensity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.evaluate.ProbabilityMetrics;
import dev.propensity.evaluate.RankMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's figures on cases small enough to work out by hand. */
class ReportNumbersTest {
    private static final double EPS = 1e-12;

    @Test
    void aucEqualsTheMannWhitneyCountAndTheRocCurveStepsThroughEachScore() {
        double[] s = {0.9, 0.8, 0.7, 0.6, 0.5};
        byte[] won = {1, 0, 1, 0, 0};
        // Pairs (win, loss) with the win above: 0.9 beats 0.8, 0.6, 0.5; 0.7 beats 0.6, 0.5 → 5 of 6.
        assertEquals(5.0 / 6, RankMetrics.rocAuc(s, won), EPS);
        List<Curves.RocPoint> roc = Curves.roc(s, won);
        double[][] expected = {{0, 0}, {0, 0.5}, {1.0 / 3, 0.5}, {1.0 / 3, 1}, {2.0 / 3, 1}, {1, 1}};
        assertEquals(expected.length, roc.size());
        double area = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], roc.get(i).falsePositiveRate(), EPS);
            assertEquals(expected[i][1], roc.get(i).truePositiveRate(), EPS);
            if (i > 0) {
                area += (roc.get(i).falsePositiveRate() - roc.get(i - 1).falsePositiveRate())
                        * (roc.get(i).truePositiveRate() + roc.get(i - 1).truePositiveRate()) / 2;
            }
        }
        assertEquals(5.0 / 6, area, EPS);
        List<Curves.PrPoint> pr = Curves.pr(s, won);
        assertEquals(0.5, pr.get(0).recall(), EPS);
        assertEquals(1.0, pr.get(0).precision(), EPS);
        assertEquals(2.0 / 3, pr.get(2).precision(), EPS);
    }

    @Test
    void tiedScoresAreOneRocStep() {
        List<Curves.RocPoint> roc = Curves.roc(new double[] {0.5, 0.5}, new byte[] {1, 0});
        assertEquals(2, roc.size());
        assertEquals(1, roc.get(1).falsePositiveRate(), EPS);
    }

    /** Twenty leads scored 0.95, 0.90, … 0.00; wins at ranks 1, 2, 3, 5, 8 and 19 (from 1). */
    private static RankingValue twenty() {
        double[] s = new double[20];
        byte[] won = new byte[20];
        for (int i = 0; i < 20; i++) {
            s[i] = (19 - i) / 20.0;
        }
        for (int rank : new int[] {1, 2, 3, 5, 8, 19}) {
            won[rank - 1] = 1;
        }
        return RankingValue.of(s, won);
    }

    @Test
    void liftAndGainsByDecileMatchTheHandCount() {
        RankingValue value = twenty();
        // Overall rate 6/20 = 0.3. D1 = ranks 1-2 (2 wins), D2 = 3-4 (1), D3 = 5-6 (1), D4 = 7-8 (1), D10 = 19-20 (1).
        RankingValue.Decile d1 = value.deciles().get(0);
        assertEquals(2, d1.leads());
        assertEquals(2, d1.wins());
        assertEquals(1.0, d1.conversion(), EPS);
        assertEquals(1.0 / 0.3, d1.lift(), EPS);
        assertEquals(2.0 / 6, d1.cumulativeGain(), EPS);
        assertEquals(0.5 / 0.3, value.deciles().get(1).lift(), EPS);
        assertEquals(5.0 / 6, value.deciles().get(3).cumulativeGain(), EPS);
        assertEquals(0, value.deciles().get(4).wins());
        assertEquals(5.0 / 6, value.deciles().get(8).cumulativeGain(), EPS);
        assertEquals(1.0, value.deciles().get(9).cumulativeGain(), EPS);
        assertEquals(0.95, d1.maxScore(), EPS);
        assertEquals(0.90, d1.minScore(), EPS);
    }

    @Test
    void topSharesAndTheDecileRatioMatchTheHandCount() {
        RankingValue value = twenty();
        assertEquals(20, value.topShares().size());
        RankingValue.TopShare top5 = value.topShares().get(0);
        assertEquals(5, top5.percent());
        assertEquals(1, top5.leads());
        assertEquals(1.0 / 6, top5.winsCaptured(), EPS);
        RankingValue.TopShare top25 = value.topShares().get(4);
        assertEquals(5, top25.leads());
        assertEquals(4, top25.wins());
        assertEquals(0.8, top25.conversion(), EPS);
        // Top 20 % = ranks 1-4: 3 wins; top 30 % = ranks 1-6: 4 wins.
        assertEquals(0.5, value.winsCapturedTop20(), EPS);
        assertEquals(4.0 / 6, value.winsCapturedTop30(), EPS);
        // D1 converts 2/2, D10 1/2.
        assertEquals(2.0, value.topBottomRatio(), EPS);
        assertEquals(1.0, value.topShares().get(19).winsCaptured(), EPS);
    }

    @Test
    void expectedCalibrationErrorIsTheCountWeightedGap() {
        double[] p = {0.1, 0.1, 0.1, 0.1, 0.8, 0.8};
        byte[] won = {0, 0, 0, 1, 1, 1};
        // Bin 0.1: predicted 0.1, observed 0.25 (4 leads); bin 0.8: predicted 0.8, observed 1 (2 leads).
        assertEquals((4 * 0.15 + 2 * 0.2) / 6, ProbabilityMetrics.expectedCalibrationError(p, won, 10), EPS);
    }

    @Test
    void psiOfIdenticalSamplesIsZero() {
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, Double.NaN};
        assertEquals(0, Psi.numeric(a, a.clone(), 10).value(), EPS);
        String[] c = {"Software", "retail", null, "software"};
        assertEquals(0, Psi.categorical(c, new String[] {"software", " SOFTWARE", "Retail", null}).value(), EPS);
    }

    @Test
    void psiOfAKnownTwoBinExample() {
        // Reference halves 50/50 at the cut 1; current 25/75.
        Psi.Result psi = Psi.numeric(new double[] {1, 1, 2, 2}, new double[] {1, 2, 2, 2}, 2);
        assertEquals(2, psi.bins().size());
        double expected = (0.25 - 0.5) * Math.log(0.25 / 0.5) + (0.75 - 0.5) * Math.log(0.75 / 0.5);
        assertEquals(expected, psi.value(), EPS);
        assertEquals(0.274653, psi.value(), 1e-6);
        assertEquals("major shift", psi.level());
        assertEquals("≤ 1", psi.bins().get(0).label());
    }

    @Test
    void anEmptyBinCountsAsAVeryRareOneNotAsInfinite() {
        Psi.Result psi = Psi.categorical(new String[] {"a", "a"}, new String[] {"a", "b"});
        double expected = (0.5 - 1) * Math.log(0.5 / 1) + (0.5 - Psi.EPSILON) * Math.log(0.5 / Psi.EPSILON);
        assertEquals(expected, psi.value(), EPS);
    }

    @Test
    void quantileCutsOfAYesNoFieldSplitAtZero() {
        QuantileCuts cuts = QuantileCuts.of(new double[] {0, 0, 0, 1, 1}, 10);
        assertEquals(2, cuts.ranges());
        assertEquals(0, cuts.rangeOf(0));
        assertEquals(1, cuts.rangeOf(1));
        QuantileCuts quartiles = QuantileCuts.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 4);
        assertEquals(List.of(2.0, 4.0, 6.0), List.of(quartiles.cuts()[0], quartiles.cuts()[1], quartiles.cuts()[2]));
        assertEquals("2 – 4", quartiles.label(1));
        assertTrue(quartiles.label(3).startsWith(">"));
    }

    @Test
    void thinningKeepsBothEnds() {
        List<Integer> thinned = Curves.thin(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 4);
        assertEquals(List.of(0, 3, 6, 9), thinned);
    }
}
