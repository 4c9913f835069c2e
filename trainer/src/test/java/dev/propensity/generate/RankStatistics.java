package dev.propensity.generate;

import java.util.ArrayList;
import java.util.List;

/** ROC AUC as the probability that a random positive outranks a random negative (ties count half). */
final class RankStatistics {
    private RankStatistics() {
    }

    static double auc(List<Double> positives, List<Double> negatives) {
        List<double[]> all = new ArrayList<>();
        positives.forEach(p -> all.add(new double[] {p, 1}));
        negatives.forEach(n -> all.add(new double[] {n, 0}));
        all.sort((a, b) -> Double.compare(a[0], b[0]));
        double rankSum = 0;
        int i = 0;
        while (i < all.size()) {
            int j = i;
            while (j + 1 < all.size() && all.get(j + 1)[0] == all.get(i)[0]) {
                j++;
            }
            double averageRank = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) {
                rankSum += all.get(k)[1] * averageRank;
            }
            i = j + 1;
        }
        double p = positives.size();
        return (rankSum - p * (p + 1) / 2) / (p * negatives.size());
    }
}
