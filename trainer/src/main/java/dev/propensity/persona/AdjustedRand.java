package dev.propensity.persona;

import java.util.HashMap;
import java.util.Map;

/**
 * The adjusted Rand index of two partitions of the same points (Hubert and Arabie 1985): 1 for identical
 * partitions whatever the label names, about 0 for unrelated ones. Our stability measure between bootstrap runs,
 * and the check of discovered against hidden personas.
 */
public final class AdjustedRand {
    private AdjustedRand() {
    }

    /** ARI = (Σ C(n_ij,2) - E) / (½ (Σ C(a_i,2) + Σ C(b_j,2)) - E), E = Σ C(a_i,2) · Σ C(b_j,2) / C(n,2). */
    public static <A, B> double index(A[] first, B[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("partitions of " + first.length + " and " + second.length + " points");
        }
        Map<A, Map<B, Long>> table = new HashMap<>();
        Map<A, Long> rows = new HashMap<>();
        Map<B, Long> columns = new HashMap<>();
        for (int i = 0; i < first.length; i++) {
            table.computeIfAbsent(first[i], a -> new HashMap<>()).merge(second[i], 1L, Long::sum);
            rows.merge(first[i], 1L, Long::sum);
            columns.merge(second[i], 1L, Long::sum);
        }
        double cells = 0;
        for (Map<B, Long> row : table.values()) {
            for (long count : row.values()) {
                cells += pairs(count);
            }
        }
        double rowPairs = rows.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double columnPairs = columns.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double expected = rowPairs * columnPairs / pairs(first.length);
        double max = 0.5 * (rowPairs + columnPairs);
        if (max == expected) {
            // Both partitions put every point alone or all together: they agree exactly.
            return 1.0;
        }
        return (cells - expected) / (max - expected);
    }

    /** The same for integer labels. */
    public static double index(int[] first, int[] second) {
        Integer[] a = new Integer[first.length];
        Integer[] b = new Integer[second.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = first[i];
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = second[i];
        }
        return index(a, b);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
