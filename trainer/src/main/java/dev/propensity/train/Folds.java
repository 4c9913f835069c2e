package dev.propensity.train;

import dev.propensity.data.LeadTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Cross-validation folds: every row is held out by exactly one fold. With a timestamp the folds are blocks of
 * consecutive time (fold 1 the earliest leads), so a fold is never judged on leads interleaved in time with the
 * leads it learned from; without one they are stratified (wins and losses shuffled apart with the seed and dealt
 * round-robin, so every fold has the same win rate to within one lead).
 */
public final class Folds {
    private Folds() {
    }

    /** Time-blocked folds when the table has a timestamp, stratified ones otherwise. */
    public static List<DataSplit> of(LeadTable table, int k, long seed) {
        return table.times() != null ? byTime(table.times(), k) : stratified(table.won(), k, seed);
    }

    /** The fold (0 to k - 1) that holds out each row. */
    public static int[] assignment(List<DataSplit> folds, int rows) {
        int[] fold = new int[rows];
        Arrays.fill(fold, -1);
        for (int f = 0; f < folds.size(); f++) {
            for (int row : folds.get(f).test()) {
                fold[row] = f;
            }
        }
        return fold;
    }

    public static List<DataSplit> stratified(byte[] won, int k, long seed) {
        check(k, won.length);
        SplittableRandom random = new SplittableRandom(seed);
        int[] fold = new int[won.length];
        int dealt = 0;
        for (int label = 1; label >= 0; label--) {
            final int l = label;
            int[] rows = IntStream.range(0, won.length).filter(i -> won[i] == l).toArray();
            for (int i = rows.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            for (int row : rows) {
                fold[row] = dealt++ % k;
            }
        }
        return splits(fold, k, "stratified " + k + "-fold");
    }

    static List<DataSplit> byTime(long[] times, int k) {
        check(k, times.length);
        int n = times.length;
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> times[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order[position]] = (int) ((long) position * k / n);
        }
        return splits(fold, k, "time-blocked " + k + "-fold");
    }

    private static List<DataSplit> splits(int[] fold, int k, String method) {
        List<DataSplit> result = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            final int current = f;
            int[] test = IntStream.range(0, fold.length).filter(i -> fold[i] == current).toArray();
            int[] train = IntStream.range(0, fold.length).filter(i -> fold[i] != current).toArray();
            result.add(new DataSplit(train, test, method));
        }
        return List.copyOf(result);
    }

    private static void check(int k, int rows) {
        if (k < 2 || k > rows) {
            throw new IllegalArgumentException("folds: expected 2 to " + rows + " (the number of rows), got " + k);
        }
    }
}
