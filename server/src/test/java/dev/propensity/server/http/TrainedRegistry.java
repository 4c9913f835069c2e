package dev.propensity.server.http;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.testing.FolderCopy;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A registry with two versions trained on tiny leads: v1 the champion, v2 published but not promoted
 * (trained on other rows, so its answers differ). Trained once per test run and copied for each test, so
 * tests may promote, roll back and damage their copy.
 */
final class TrainedRegistry {
    private static Path template;

    private TrainedRegistry() {
    }

    /** A fresh copy of the two-version registry in {@code folder}. */
    static Path copyInto(Path folder) throws IOException {
        Path source = template();
        return FolderCopy.copy(source, folder);
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path root = Files.createTempDirectory("propensity-registry-template");
            Path models = root.resolve("models");
            ModelRegistry registry = ModelRegistry.at(models);
            TrainingRun run = new TrainingRun(registry, TrainingOptions.DEFAULT, t -> Map.of());
            Path first = Files.createDirectories(root.resolve("data1"));
            run.run(table(first, 11), true, "test", "first champion");
            if (registry.champion().isEmpty()) {
                throw new IllegalStateException("the tiny leads did not pass the training guards");
            }
            run.run(table(Files.createDirectories(root.resolve("data2")), 22), false, "test", "challenger");
            template = models;
        }
        return template;
    }

    private static LeadTable table(Path folder, long seed) {
        try {
            Path schema = TinyLeads.write(folder, 800, seed);
            return new LeadTableLoader(SchemaReader.read(schema)).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
