package dev.propensity.server.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A champion and a filled feedback store, for the retrain tests. */
public final class RetrainFixtures {
    private RetrainFixtures() {
    }

    /** Publishes and promotes a champion trained on {@code rows} TinyLeads leads written to {@code folder/base}. */
    public static ModelVersion champion(ModelRegistry registry, Path folder, int rows, long seed) throws IOException {
        Path base = Files.createDirectories(folder.resolve("base"));
        LeadTable table = new LeadTableLoader(SchemaReader.read(TinyLeads.write(base, rows, seed))).load();
        TrainingRun.Result run = new TrainingRun(registry, TrainingOptions.DEFAULT.withMinimums(10, 10), t -> Map.of())
                .run(table, true, "tester", "first champion");
        assertEquals(run.version().number(), registry.champion().orElseThrow().number(),
                "the champion's guards must pass for the test to mean anything: " + run.trained().verdict());
        return run.version();
    }

    /** Logs every score, then posts every outcome, in the store's batch size. */
    public static FedBackLeads feed(FeedbackStore store, FedBackLeads fed) {
        store.logScores(fed.scores());
        for (int i = 0; i < fed.outcomes().size(); i += 1000) {
            store.recordOutcomes(fed.outcomes().subList(i, Math.min(fed.outcomes().size(), i + 1000)));
        }
        return fed;
    }
}
