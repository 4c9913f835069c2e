package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.features.PipelineOptions;
import dev.propensity.registry.ModelVersion;
import dev.propensity.train.TrainingOptions;

/**
 * The champion's hyperparameters as its manifest records them, so that a challenger differs from it by its
 * data only and the comparison says something about the data. Values a manifest lacks take the defaults.
 */
final class ChampionOptions {
    private ChampionOptions() {
    }

    static TrainingOptions of(ModelVersion champion) {
        JsonNode h = champion.manifest().path("hyperparameters");
        TrainingOptions d = TrainingOptions.DEFAULT;
        PipelineOptions p = d.pipeline();
        PipelineOptions pipeline = new PipelineOptions(h.path("quantile_bins").asInt(p.quantileBins()),
                h.path("min_level_count").asInt(p.minLevelCount()), h.path("max_levels").asInt(p.maxLevels()),
                p.logSkewness());
        return new TrainingOptions(h.path("epochs").asInt(d.epochs()), h.path("learning_rate").asDouble(d.learningRate()),
                h.path("seed").asLong(d.seed()), h.path("test_fraction").asDouble(d.testFraction()), pipeline,
                h.path("min_wins").asInt(d.minWins()), h.path("min_losses").asInt(d.minLosses()),
                d.leakageFieldAuc(), d.leakageModelAuc());
    }
}
