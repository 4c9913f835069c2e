package dev.propensity.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap works out each resample's figures in two fused passes; they must be exactly the figures of the
 * one-figure-at-a-time methods, so that the intervals did not move. Scores have ties (rounded to two decimals).
 */
class ResampleFiguresTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(3);

    private static double[] scores(int n) {
        return IntStream.range(0, n).mapToDouble(i -> Math.round(RANDOM.nextDouble() * 100) / 100.0).toArray();
    }

    @Test
    void descendingOrderIsTheStableSortOfRowsByDescendingScore() {
        double[] p = scores(5000);
        int[] boxed = IntStream.range(0, p.length).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> p[k]).reversed())
                .mapToInt(Integer::intValue).toArray();
        assertArrayEquals(boxed, DescendingOrder.of(p));
        assertArrayEquals(new int[] {1, 0, 2, 3}, DescendingOrder.of(new double[] {0.5, 0.9, 0.5, 0.1}));
    }

    @Test
    void fusedFiguresEqualEachFigureOnItsOwn() {
        double[] p = scores(3000);
        byte[] won = new byte[p.length];
        double[] base = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            won[i] = (byte) (RANDOM.nextDouble() < p[i] ? 1 : 0);
            base[i] = 0.3;
        }
        RankedRows rows = new RankedRows(p, won, base);
        for (int resample = 0; resample < 20; resample++) {
            int[] w = new int[p.length];
            for (int k = 0; k < p.length; k++) {
                w[RANDOM.nextInt(p.length)]++;
            }
            assertArrayEquals(new double[] {rows.auc(w), rows.averagePrecision(w)}, rows.rankFigures(w), 0.0);
            assertArrayEquals(new double[] {rows.ece(w), rows.logLoss(w), rows.brier(w), rows.logLossGain(w)},
                    rows.leadFigures(w), 0.0);
        }
        int[] none = new int[p.length];
        assertEquals(4, Arrays.stream(rows.leadFigures(none)).filter(Double::isNaN).count());
    }
}
