package dev.propensity.persona;

import dev.propensity.features.LeadValues;
import java.util.List;

/**
 * Assigns a lead to the nearest persona centroid using only the fields it has: a field that is absent (for
 * example every survey answer of a lead that never answered) is left out of every distance alike, so the
 * comparison between centroids stays fair. A lead with fewer than the minimum share of the fields is unknown.
 */
public final class PersonaAssigner {
    private final MixedEncoding encoding;
    private final double[][] centroids;
    private final int minKnown;
    private final ThreadLocal<double[]> vectors;
    private final ThreadLocal<boolean[]> presence;

    public PersonaAssigner(MixedEncoding encoding, double[][] centroids, double minKnownShare) {
        this.encoding = encoding;
        this.centroids = centroids.clone();
        int fields = encoding.fields().size();
        this.minKnown = Math.max(1, (int) Math.ceil(minKnownShare * fields - 1e-9));
        this.vectors = ThreadLocal.withInitial(() -> new double[encoding.dimensions()]);
        this.presence = ThreadLocal.withInitial(() -> new boolean[fields]);
    }

    public Assignment assign(LeadValues lead) {
        double[] x = vectors.get();
        boolean[] present = presence.get();
        int known = encoding.encode(lead, x, present);
        List<EncodedField> fields = encoding.fields();
        boolean survey = false;
        for (int f = 0; f < fields.size(); f++) {
            survey |= present[f] && fields.get(f).survey();
        }
        if (known < minKnown || centroids.length == 0) {
            return new Assignment(-1, 0, survey, known);
        }
        double best = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        int index = -1;
        for (int c = 0; c < centroids.length; c++) {
            double d = distance(x, present, centroids[c], fields);
            if (d < best) {
                second = best;
                best = d;
                index = c;
            } else if (d < second) {
                second = d;
            }
        }
        double margin = second == Double.POSITIVE_INFINITY || second == 0 ? 1.0
                : 1.0 - Math.sqrt(best) / Math.sqrt(second);
        return new Assignment(index, margin, survey, known);
    }

    private static double distance(double[] x, boolean[] present, double[] centroid, List<EncodedField> fields) {
        double s = 0;
        for (int f = 0; f < present.length; f++) {
            if (!present[f]) {
                continue;
            }
            EncodedField field = fields.get(f);
            for (int j = field.offset(), end = j + field.width(); j < end; j++) {
                double d = x[j] - centroid[j];
                s += d * d;
            }
        }
        return s;
    }

    public MixedEncoding encoding() {
        return encoding;
    }

    public double[][] centroids() {
        return centroids.clone();
    }
}
