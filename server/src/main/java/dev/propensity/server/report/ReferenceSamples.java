package dev.propensity.server.report;

import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.report.ReferenceSample;
import dev.propensity.report.VersionReplay;
import dev.propensity.train.TrainedModel;

/**
 * The champion's training rows and its scores on them, what live traffic is compared with. Replaying a version
 * reloads its whole training file, so the sample is kept; only the latest version's, since live reports are
 * about the champion and a promotion makes the old one useless.
 */
public final class ReferenceSamples {
    private final ModelRegistry registry;
    private int cachedVersion = -1;
    private ReferenceSample cached;

    public ReferenceSamples(ModelRegistry registry) {
        this.registry = registry;
    }

    /**
     * The sample of {@code version}, replayed on first use.
     *
     * @throws dev.propensity.data.DataException when the version's data file is gone or has changed
     */
    public synchronized ReferenceSample of(ModelVersion version) {
        if (cachedVersion != version.number()) {
            TrainedModel replayed = VersionReplay.of(registry, version.number());
            cached = ReferenceSample.of(replayed.table(), replayed.split().train(), replayed.scorer());
            cachedVersion = version.number();
        }
        return cached;
    }
}
