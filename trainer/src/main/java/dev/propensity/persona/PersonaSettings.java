package dev.propensity.persona;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The schema's {@code personas} block: what to cluster on and how. Read by {@link PersonaSettingsReader}.
 *
 * @param fields            the schema features to cluster on
 * @param kMin              smallest number of personas tried
 * @param kMax              largest number of personas tried
 * @param categoricalWeight the value of a one-hot category column (a numeric column is standardised to sd 1)
 * @param silhouetteSample  leads drawn to compute the silhouette of each k
 * @param bootstrapRuns     k-means runs on bootstrap resamples to measure stability
 * @param minStability      the least mean adjusted Rand index between runs for the personas to be published
 * @param minKnownShare     the least share of the persona fields a lead must have to get a persona
 * @param names             the data team's persona file (names, descriptions, owners), when there is one
 * @param owner             the column naming the rep who worked each deal, for the rep match
 * @param product           the column naming the product of each deal, for the product match
 * @param amount            the column with each deal's amount
 * @param explorationShare  the share of scored leads whose rep recommendation is drawn at random (0 to 0.5)
 * @param seed              seed of the clustering, the samples and the bootstrap
 */
public record PersonaSettings(List<String> fields, int kMin, int kMax, double categoricalWeight, int silhouetteSample,
                              int bootstrapRuns, double minStability, double minKnownShare, Optional<Path> names,
                              Optional<String> owner, Optional<String> product, Optional<String> amount,
                              double explorationShare, long seed) {
    public PersonaSettings {
        fields = List.copyOf(fields);
    }

    /** Every column the persona work reads beyond the model's own features. */
    public List<String> dealColumns() {
        return java.util.stream.Stream.of(owner, product, amount).flatMap(Optional::stream).toList();
    }
}
