package dev.propensity.persona;

import java.util.Map;
import java.util.Optional;

/**
 * What persona discovery found.
 *
 * @param k             the number of personas chosen
 * @param silhouettes   mean silhouette by k tried (the criterion: the largest wins)
 * @param stabilityRuns adjusted Rand index of each bootstrap run against the published clustering
 * @param stability     their mean
 * @param centroids     the published centroids, in the encoding's space
 * @param clustered     how many leads the clustering was fitted on (those with most persona fields)
 * @param refusal       the sentence saying why the personas are not published, when they are not
 */
public record Discovery(int k, Map<Integer, Double> silhouettes, double[] stabilityRuns, double stability,
                        double[][] centroids, int clustered, Optional<String> refusal) {
    public boolean published() {
        return refusal.isEmpty();
    }
}
