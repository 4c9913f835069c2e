package dev.propensity.persona;

import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** One k-means run through Tribuo's {@link KMeansTrainer} with k-means++ initialisation, on encoded points. */
final class KMeansFit {
    private static final int ITERATIONS = 100;

    private KMeansFit() {
    }

    /**
     * The best of several k-means++ runs (the least within-cluster sum of squares): one run of Lloyd's algorithm
     * can stop in a poor local optimum, which would make both the silhouette and the stability look worse than
     * the data is.
     */
    static double[][] best(double[][] points, int k, long seed, int restarts) {
        double[][] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int r = 0; r < restarts; r++) {
            double[][] c = centroids(points, k, seed + 7919L * r);
            double cost = cost(points, c);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    static double cost(double[][] points, double[][] centroids) {
        int[] labels = nearest(points, centroids);
        double s = 0;
        for (int i = 0; i < points.length; i++) {
            for (int j = 0; j < points[i].length; j++) {
                double d = points[i][j] - centroids[labels[i]][j];
                s += d * d;
            }
        }
        return s;
    }

    /** The k centroids of the points, in Tribuo's cluster order. */
    static double[][] centroids(double[][] points, int k, long seed) {
        int d = points[0].length;
        String[] names = new String[d];
        for (int j = 0; j < d; j++) {
            // Zero-padded so that Tribuo's feature ids (sorted by name) keep our column order.
            names[j] = String.format("d%04d", j);
        }
        ClusteringFactory factory = new ClusteringFactory();
        MutableDataset<ClusterID> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("persona fields", OffsetDateTime.now(), factory), factory);
        for (double[] point : points) {
            data.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, point));
        }
        KMeansTrainer trainer = new KMeansTrainer(k, ITERATIONS, new L2Distance(),
                KMeansTrainer.Initialisation.PLUSPLUS, 1, seed);
        KMeansModel model = trainer.train(data, Map.of("purpose", new StringProvenance("purpose", "personas")));
        List<List<Feature>> centroids = model.getCentroids();
        double[][] out = new double[centroids.size()][d];
        for (int c = 0; c < centroids.size(); c++) {
            for (Feature f : centroids.get(c)) {
                out[c][Integer.parseInt(f.getName().substring(1))] = f.getValue();
            }
        }
        return out;
    }

    /** The nearest centroid of each point (squared Euclidean distance). */
    static int[] nearest(double[][] points, double[][] centroids) {
        int[] labels = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double s = 0;
                for (int j = 0; j < points[i].length; j++) {
                    double diff = points[i][j] - centroids[c][j];
                    s += diff * diff;
                }
                if (s < best) {
                    best = s;
                    labels[i] = c;
                }
            }
        }
        return labels;
    }
}
