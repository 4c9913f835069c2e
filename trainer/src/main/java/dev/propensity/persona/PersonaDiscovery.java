package dev.propensity.persona;

import dev.propensity.features.LeadValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Finds the personas: k-means (k-means++, the best of four runs) for every k in the settings' range on the leads that have at least
 * three quarters of the persona fields (their few gaps filled with the average), k chosen by the largest mean
 * silhouette on a sample, then stability measured by refitting on bootstrap resamples and comparing each run's
 * assignment of the sample with the chosen clustering's (adjusted Rand index). Unstable personas are refused.
 */
public final class PersonaDiscovery {
    /** Leads the k-means runs are fitted on at most (a random subset beyond that: k-means needs no more). */
    private static final int MAX_CLUSTERED = 40_000;
    private static final double CLUSTERED_SHARE = 0.75;
    /** k-means++ runs per fit, the best kept. */
    private static final int RESTARTS = 4;

    private PersonaDiscovery() {
    }

    public static Discovery discover(MixedEncoding encoding, List<LeadValues> leads, PersonaSettings settings) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[][] points = clusteredPoints(encoding, leads, random);
        if (points.length < settings.kMax() * 10) {
            return new Discovery(0, Map.of(), new double[0], 0, new double[0][], points.length, Optional.of(String.format(
                    Locale.ROOT, "Personas are not published: only %d leads have most of the persona fields, too few"
                            + " for %d personas.", points.length, settings.kMax())));
        }
        double[][] sample = sample(points, settings.silhouetteSample(), random);
        Map<Integer, Double> silhouettes = new LinkedHashMap<>();
        Map<Integer, double[][]> fits = new LinkedHashMap<>();
        int bestK = settings.kMin();
        for (int k = settings.kMin(); k <= settings.kMax(); k++) {
            double[][] centroids = KMeansFit.best(points, k, settings.seed() + k, RESTARTS);
            fits.put(k, centroids);
            double s = Silhouette.mean(sample, KMeansFit.nearest(sample, centroids), k);
            silhouettes.put(k, s);
            if (s > silhouettes.get(bestK)) {
                bestK = k;
            }
        }
        double[][] chosen = fits.get(bestK);
        int[] reference = KMeansFit.nearest(sample, chosen);
        double[] runs = new double[settings.bootstrapRuns()];
        double sum = 0;
        for (int b = 0; b < runs.length; b++) {
            double[][] resample = new double[points.length][];
            for (int i = 0; i < resample.length; i++) {
                resample[i] = points[random.nextInt(points.length)];
            }
            double[][] centroids = KMeansFit.best(resample, bestK, settings.seed() + 1000 + b, RESTARTS);
            runs[b] = AdjustedRand.index(reference, KMeansFit.nearest(sample, centroids));
            sum += runs[b];
        }
        double stability = sum / runs.length;
        Optional<String> refusal = stability >= settings.minStability() ? Optional.empty() : Optional.of(String.format(
                Locale.ROOT, "Personas are not published: the %d clusters are unstable (mean adjusted Rand index %.2f"
                        + " between %d bootstrap runs, below the %.2f required), so they would change from one"
                        + " training to the next.", bestK, stability, runs.length, settings.minStability()));
        return new Discovery(bestK, silhouettes, runs, stability, chosen, points.length, refusal);
    }

    private static double[][] clusteredPoints(MixedEncoding encoding, List<LeadValues> leads, SplittableRandom random) {
        int fields = encoding.fields().size();
        int needed = (int) Math.ceil(CLUSTERED_SHARE * fields);
        int d = encoding.dimensions();
        List<double[]> vectors = new ArrayList<>();
        List<boolean[]> presences = new ArrayList<>();
        double[] categoryMeans = new double[d];
        for (LeadValues lead : leads) {
            double[] x = new double[d];
            boolean[] present = new boolean[fields];
            if (encoding.encode(lead, x, present) >= needed) {
                vectors.add(x);
                presences.add(present);
            }
        }
        for (double[] x : vectors) {
            for (int j = 0; j < d; j++) {
                categoryMeans[j] += x[j] / vectors.size();
            }
        }
        List<EncodedField> all = encoding.fields();
        for (int i = 0; i < vectors.size(); i++) {
            for (int f = 0; f < fields; f++) {
                if (!presences.get(i)[f] && all.get(f).kind() == dev.propensity.schema.FeatureKind.CATEGORICAL) {
                    // A missing category gets the average one-hot, as a missing number gets the mean (0).
                    EncodedField field = all.get(f);
                    System.arraycopy(categoryMeans, field.offset(), vectors.get(i), field.offset(), field.width());
                }
            }
        }
        double[][] points = vectors.toArray(double[][]::new);
        return points.length <= MAX_CLUSTERED ? points : sample(points, MAX_CLUSTERED, random);
    }

    private static double[][] sample(double[][] points, int size, SplittableRandom random) {
        if (points.length <= size) {
            return points;
        }
        double[][] copy = points.clone();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(copy.length - i);
            double[] t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return java.util.Arrays.copyOf(copy, size);
    }
}
