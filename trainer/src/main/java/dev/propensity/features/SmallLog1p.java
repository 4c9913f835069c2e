package dev.propensity.features;

/**
 * {@link Math#log1p} with the answers for whole numbers 0..{@value #SIZE}-1 looked up: counts (visits, downloads,
 * clicks, days, headcount) are whole numbers and mostly small, and {@code Math.log1p} is a native call on Java 17
 * that scoring would otherwise make for every log-scaled field of every lead. The table holds
 * {@code Math.log1p}'s own results, so the answer is the same to the last bit either way.
 */
final class SmallLog1p {
    static final int SIZE = 1024;
    private static final double[] TABLE = new double[SIZE];

    static {
        for (int k = 0; k < SIZE; k++) {
            TABLE[k] = Math.log1p(k);
        }
    }

    private SmallLog1p() {
    }

    /** {@code Math.log1p(x)}. */
    static double of(double x) {
        int k = (int) x;
        // k == x is false for fractions, NaN and values beyond int; -0.0 == 0 holds, and log1p(-0.0) is -0.0.
        if (k == x && k >= 0 && k < SIZE && Double.doubleToRawLongBits(x) != NEGATIVE_ZERO) {
            return TABLE[k];
        }
        return Math.log1p(x);
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
}
