package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cross-validation folds never share a row, hold out every row once, and keep their promises. */
class FoldsTest {
    @Test
    void stratifiedFoldsNeverShareARowAndKeepTheWinRate() {
        byte[] won = new byte[1003];
        Random random = new Random(4);
        for (int i = 0; i < won.length; i++) {
            won[i] = (byte) (random.nextDouble() < 0.3 ? 1 : 0);
        }
        List<DataSplit> folds = Folds.stratified(won, 5, 42);
        assertPartition(folds, won.length);
        long[] wins = folds.stream().mapToLong(f -> java.util.Arrays.stream(f.test()).filter(r -> won[r] == 1).count()).toArray();
        long maxWins = java.util.Arrays.stream(wins).max().orElseThrow();
        long minWins = java.util.Arrays.stream(wins).min().orElseThrow();
        assertTrue(maxWins - minWins <= 1, java.util.Arrays.toString(wins));
        assertEquals("stratified 5-fold", folds.get(0).method());
    }

    @Test
    void timeBlockedFoldsAreConsecutiveStretchesOfTime() {
        long[] times = new long[500];
        Random random = new Random(5);
        for (int i = 0; i < times.length; i++) {
            times[i] = random.nextInt(100_000);
        }
        List<DataSplit> folds = Folds.byTime(times, 4);
        assertPartition(folds, times.length);
        for (int f = 1; f < folds.size(); f++) {
            long latestBefore = java.util.Arrays.stream(folds.get(f - 1).test()).mapToLong(r -> times[r]).max().orElseThrow();
            long earliest = java.util.Arrays.stream(folds.get(f).test()).mapToLong(r -> times[r]).min().orElseThrow();
            assertTrue(latestBefore <= earliest, "fold " + f + " starts before fold " + (f - 1) + " ends");
        }
        assertEquals(125, folds.get(0).test().length);
    }

    /** Every row is held out by exactly one fold, and no fold trains on a row it holds out. */
    static void assertPartition(List<DataSplit> folds, int rows) {
        int[] heldOut = new int[rows];
        for (DataSplit fold : folds) {
            boolean[] test = new boolean[rows];
            for (int r : fold.test()) {
                test[r] = true;
                heldOut[r]++;
            }
            for (int r : fold.train()) {
                assertTrue(!test[r], "row " + r + " is in both the training and the held-out rows of a fold");
            }
            assertEquals(rows, fold.train().length + fold.test().length);
        }
        for (int r = 0; r < rows; r++) {
            assertEquals(1, heldOut[r], "row " + r + " held out " + heldOut[r] + " times");
        }
    }
}
