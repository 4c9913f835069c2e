package dev.propensity.train;

import dev.propensity.data.LeadTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Holds out data the model does not see. With a timestamp the latest leads are held out, as they would be in
 * production (a model always scores leads newer than its data); without one, a seeded stratified sample.
 */
public final class Splitter {
    private Splitter() {
    }

    public static DataSplit split(LeadTable table, double testFraction, long seed) {
        return table.times() != null ? byTime(table, testFraction) : stratified(table.won(), testFraction, seed);
    }

    static DataSplit byTime(LeadTable table, double testFraction) {
        long[] times = table.times();
        int[] order = IntStream.range(0, table.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> times[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        int testSize = (int) Math.round(order.length * testFraction);
        int[] train = java.util.Arrays.copyOfRange(order, 0, order.length - testSize);
        int[] test = java.util.Arrays.copyOfRange(order, order.length - testSize, order.length);
        java.util.Arrays.sort(train);
        java.util.Arrays.sort(test);
        return new DataSplit(train, test, "time");
    }

    /** Shuffles wins and losses separately and holds out the same share of each. */
    public static DataSplit stratified(byte[] won, double testFraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int label = 0; label <= 1; label++) {
            final int l = label;
            int[] rows = IntStream.range(0, won.length).filter(i -> won[i] == l).toArray();
            for (int i = rows.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            int testSize = (int) Math.round(rows.length * testFraction);
            for (int i = 0; i < rows.length; i++) {
                (i < testSize ? test : train).add(rows[i]);
            }
        }
        return new DataSplit(train.stream().mapToInt(Integer::intValue).sorted().toArray(),
                test.stream().mapToInt(Integer::intValue).sorted().toArray(), "stratified");
    }
}
