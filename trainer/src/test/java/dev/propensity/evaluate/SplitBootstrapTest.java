package dev.propensity.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitBootstrapTest {
    @Test
    void twoThreadsGiveTheSameIntervalsAsOne() {
        int n = 3000;
        SplittableRandom random = new SplittableRandom(5);
        double[] p = new double[n];
        byte[] won = new byte[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.round(random.nextDouble() * 100) / 100.0; // ties, as real scores have
            won[i] = (byte) (random.nextDouble() < p[i] ? 1 : 0);
        }
        double[] base = new double[n];
        Arrays.fill(base, 0.4);
        // An odd number of resamples, so that the halves differ in size.
        MetricIntervals oneThread = MetricIntervals.of(p, won, base, 42, 201, Integer.MAX_VALUE);
        MetricIntervals twoThreads = MetricIntervals.of(p, won, base, 42, 201, 0);
        assertEquals(oneThread, twoThreads);
    }
}
