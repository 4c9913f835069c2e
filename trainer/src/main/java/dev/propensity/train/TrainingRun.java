package dev.propensity.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTable;
import dev.propensity.model.ScorerJson;
import dev.propensity.registry.HistoryEntry;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Trains on a table, publishes the result as a new registry version with its manifest and scorer, and
 * promotes it when the guards allow and the caller wants it.
 */
public final class TrainingRun {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What happened: the model, its version, and the promotion decision. */
    public record Result(TrainedModel trained, ModelVersion version, Optional<HistoryEntry> promotion) {
    }

    private final ModelRegistry registry;
    private final TrainingOptions options;
    private final VersionFiles extraFiles;

    /** Further files for a version folder, made once the version's number is known (a report titled with it). */
    @FunctionalInterface
    public interface VersionFiles {
        Map<String, byte[]> files(TrainedModel trained, int version);
    }

    /**
     * @param extraFiles further files for the version folder, computed from the trained model (reports)
     */
    public TrainingRun(ModelRegistry registry, TrainingOptions options, Function<TrainedModel, Map<String, byte[]>> extraFiles) {
        this(registry, options, (trained, version) -> extraFiles.apply(trained));
    }

    /**
     * @param extraFiles further files for the version folder, computed from the trained model and its version number
     */
    public TrainingRun(ModelRegistry registry, TrainingOptions options, VersionFiles extraFiles) {
        this.registry = registry;
        this.options = options;
        this.extraFiles = extraFiles;
    }

    /**
     * @param promote whether to make the new version the champion when its guards pass
     * @param who     who asked, for the history
     */
    public Result run(LeadTable table, boolean promote, String who, String why) {
        return run(table, Splitter.split(table, options.testFraction(), options.seed()), promote, who, why);
    }

    /**
     * Like {@link #run(LeadTable, boolean, String, String)} but judged on rows the caller chose, such as a
     * retraining run's most recent outcomes, so that the test metrics in the manifest are the ones the caller
     * compares against another model.
     */
    public Result run(LeadTable table, DataSplit split, boolean promote, String who, String why) {
        TrainedModel trained = new ModelTrainer(options).train(table, split);
        ObjectNode manifest = ManifestBuilder.build(trained, GitCommit.current());
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            files.put(ScorerJson.FILE, MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(ScorerJson.toJson(trained.scorer(), table.schema().format())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write scorer.json", e);
        }
        ModelVersion version = registry.publish(trained.tribuoModel(), manifest, number -> {
            Map<String, byte[]> all = new LinkedHashMap<>(files);
            all.putAll(extraFiles.files(trained, number));
            return all;
        });
        Optional<HistoryEntry> promotion = Optional.empty();
        if (promote && trained.verdict().promotable()) {
            promotion = Optional.of(registry.promote(version.number(), who, why, ManifestBuilder.metricsJson(trained.test())));
        } else if (promote) {
            promotion = Optional.of(registry.recordDecision(version.number(), who,
                    "not promoted: " + String.join("; ", trained.verdict().problems()),
                    ManifestBuilder.metricsJson(trained.test())));
        }
        return new Result(trained, version, promotion);
    }
}
