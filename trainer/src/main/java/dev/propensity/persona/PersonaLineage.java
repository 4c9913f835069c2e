package dev.propensity.persona;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Carries persona ids (and so the data team's names) from the previous version to a retrained one. The old
 * centroids are translated into the new encoding (numbers back to their own scale and standardised again,
 * category shares re-weighted) and compared on the fields both share. Rule: every (old, new) pair is taken in
 * order of increasing distance, greedily, each old and each new persona at most once, and only while the distance
 * is below half the median distance between the new centroids. A new persona left without a partner gets a fresh
 * id; when its nearest old persona went to another new one, it is noted as split from it (the closer half keeps
 * the old id and name, the other half waits for a name). An old persona left without a partner is retired.
 */
public final class PersonaLineage {
    /**
     * @param ids     the id of each new persona, in centroid order
     * @param notes   for each new persona: where its id came from
     * @param retired old ids no new persona took
     */
    public record Result(List<String> ids, List<String> notes, List<String> retired) {
    }

    private PersonaLineage() {
    }

    /** Ids for a first training: P1, P2, ... by decreasing size. */
    public static Result first(int[] sizes) {
        Integer[] order = new Integer[sizes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -sizes[i]));
        String[] ids = new String[sizes.length];
        for (int rank = 0; rank < order.length; rank++) {
            ids[order[rank]] = "P" + (rank + 1);
        }
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            notes.add("new");
        }
        return new Result(List.of(ids), notes, List.of());
    }

    public static Result carry(MixedEncoding oldEncoding, double[][] oldCentroids, List<String> oldIds,
                               MixedEncoding newEncoding, double[][] newCentroids) {
        double[][] translated = new double[oldCentroids.length][];
        boolean[] shared = new boolean[newEncoding.dimensions()];
        for (int o = 0; o < oldCentroids.length; o++) {
            translated[o] = translate(oldEncoding, oldCentroids[o], newEncoding, shared);
        }
        int k = newCentroids.length;
        double[][] distance = new double[oldCentroids.length][k];
        List<int[]> pairs = new ArrayList<>();
        for (int o = 0; o < oldCentroids.length; o++) {
            for (int n = 0; n < k; n++) {
                distance[o][n] = masked(translated[o], newCentroids[n], shared);
                pairs.add(new int[] {o, n});
            }
        }
        List<Double> between = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                between.add(masked(newCentroids[a], newCentroids[b], shared));
            }
        }
        between.sort(null);
        double threshold = between.isEmpty() ? Double.POSITIVE_INFINITY : 0.5 * between.get(between.size() / 2);
        pairs.sort(Comparator.comparingDouble(p -> distance[p[0]][p[1]]));
        String[] ids = new String[k];
        String[] notes = new String[k];
        boolean[] oldTaken = new boolean[oldCentroids.length];
        for (int[] p : pairs) {
            if (!oldTaken[p[0]] && ids[p[1]] == null && distance[p[0]][p[1]] <= threshold) {
                oldTaken[p[0]] = true;
                ids[p[1]] = oldIds.get(p[0]);
                notes[p[1]] = String.format(Locale.ROOT, "carried over from %s (distance %.2f)", oldIds.get(p[0]),
                        distance[p[0]][p[1]]);
            }
        }
        int next = oldIds.stream().mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElse(0) + 1;
        for (int n = 0; n < k; n++) {
            if (ids[n] == null) {
                ids[n] = "P" + next++;
                int nearest = 0;
                for (int o = 1; o < oldCentroids.length; o++) {
                    nearest = distance[o][n] < distance[nearest][n] ? o : nearest;
                }
                notes[n] = oldCentroids.length > 0 && oldTaken[nearest]
                        ? "split from " + oldIds.get(nearest) + ", which kept its id for the closer half" : "new";
            }
        }
        List<String> retired = new ArrayList<>();
        for (int o = 0; o < oldCentroids.length; o++) {
            if (!oldTaken[o]) {
                retired.add(oldIds.get(o));
            }
        }
        return new Result(List.of(ids), List.of(notes), retired);
    }

    /** An old centroid in the new encoding; marks in {@code shared} the new columns both encodings have. */
    static double[] translate(MixedEncoding from, double[] centroid, MixedEncoding to, boolean[] shared) {
        double[] out = new double[to.dimensions()];
        for (EncodedField target : to.fields()) {
            EncodedField source = from.fields().stream()
                    .filter(f -> f.name().equals(target.name()) && f.kind() == target.kind()).findFirst().orElse(null);
            if (source == null) {
                continue;
            }
            if (target.kind() == dev.propensity.schema.FeatureKind.CATEGORICAL) {
                for (int l = 0; l < target.levels().size(); l++) {
                    int at = source.levels().indexOf(target.levels().get(l));
                    double share = at < 0 ? 0 : centroid[source.offset() + at] / from.categoricalWeight();
                    out[target.offset() + l] = share * to.categoricalWeight();
                    shared[target.offset() + l] = true;
                }
            } else {
                double t = centroid[source.offset()] * source.std() + source.mean();
                if (source.log() != target.log()) {
                    double raw = source.log() ? StrictMath.expm1(t) : t;
                    t = target.log() ? StrictMath.log1p(Math.max(0, raw)) : raw;
                }
                out[target.offset()] = (t - target.mean()) / target.std();
                shared[target.offset()] = true;
            }
        }
        return out;
    }

    private static double masked(double[] a, double[] b, boolean[] mask) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            if (mask[j]) {
                double d = a[j] - b[j];
                s += d * d;
            }
        }
        return Math.sqrt(s);
    }
}
