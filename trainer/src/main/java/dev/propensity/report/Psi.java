package dev.propensity.report;

import dev.propensity.features.CategoryNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Population stability index between a reference sample (the training data) and a current one (recent
 * traffic): {@code sum over bins of (current share - reference share) * ln(current share / reference share)}.
 * Below 0.1 the field is taken as stable, from 0.1 a moderate shift, from 0.25 a major one.
 *
 * <p>Numbers are binned at the reference sample's deciles ({@link QuantileCuts}), categories by their
 * normalised level; missing values form a bin of their own. A bin empty on one side would make the index
 * infinite, so every share is raised to at least {@link #EPSILON} (0.0001) first: an empty bin then counts as
 * a very rare one, and identical samples still give exactly 0.
 */
public final class Psi {
    /** The smallest share a bin is given, so that an empty bin does not make the index infinite. */
    public static final double EPSILON = 1e-4;
    /** From this index on a field has shifted moderately. */
    public static final double MODERATE = 0.1;
    /** From this index on a field has shifted a lot. */
    public static final double MAJOR = 0.25;
    static final String MISSING = "(missing)";

    /**
     * The index and the bins behind it.
     *
     * @param value the population stability index, 0 when both samples are empty
     * @param bins  each bin with both shares, in reference order
     */
    public record Result(double value, List<Bin> bins) {
        public Result {
            bins = List.copyOf(bins);
        }

        /** "stable", "moderate shift" or "major shift". */
        public String level() {
            return value >= MAJOR ? "major shift" : value >= MODERATE ? "moderate shift" : "stable";
        }
    }

    /** One bin: its name, its counts and shares on each side, and its term of the sum. */
    public record Bin(String label, long referenceCount, long currentCount, double referenceShare,
                      double currentShare, double term) {
    }

    private Psi() {
    }

    /** PSI of a numeric field; NaN is missing. */
    public static Result numeric(double[] reference, double[] current, int bins) {
        QuantileCuts cuts = QuantileCuts.of(reference, bins);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (int r = 0; r < cuts.ranges(); r++) {
            counts.put(cuts.label(r), new long[2]);
        }
        count(reference, 0, cuts, counts);
        count(current, 1, cuts, counts);
        return of(counts);
    }

    /** PSI of a categorical field; spellings are normalised and null is missing. */
    public static Result categorical(String[] reference, String[] current) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String value : reference) {
            counts.computeIfAbsent(level(value), k -> new long[2])[0]++;
        }
        for (String value : current) {
            counts.computeIfAbsent(level(value), k -> new long[2])[1]++;
        }
        return of(counts);
    }

    static String level(String value) {
        return value == null ? MISSING : CategoryNames.normalise(value);
    }

    private static void count(double[] values, int side, QuantileCuts cuts, Map<String, long[]> counts) {
        for (double v : values) {
            String label = Double.isNaN(v) ? MISSING : cuts.label(cuts.rangeOf(v));
            counts.computeIfAbsent(label, k -> new long[2])[side]++;
        }
    }

    /** PSI from per-bin counts: {@code label -> {reference count, current count}}. */
    static Result of(Map<String, long[]> counts) {
        long referenceTotal = 0;
        long currentTotal = 0;
        for (long[] c : counts.values()) {
            referenceTotal += c[0];
            currentTotal += c[1];
        }
        List<Bin> bins = new ArrayList<>(counts.size());
        double sum = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            double ref = Math.max(share(e.getValue()[0], referenceTotal), EPSILON);
            double cur = Math.max(share(e.getValue()[1], currentTotal), EPSILON);
            double term = (cur - ref) * Math.log(cur / ref);
            sum += term;
            bins.add(new Bin(e.getKey(), e.getValue()[0], e.getValue()[1], share(e.getValue()[0], referenceTotal),
                    share(e.getValue()[1], currentTotal), term));
        }
        return new Result(referenceTotal == 0 || currentTotal == 0 ? 0 : sum, bins);
    }

    private static double share(long count, long total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
