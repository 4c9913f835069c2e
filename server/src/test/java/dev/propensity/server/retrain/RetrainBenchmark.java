package dev.propensity.server.retrain;

import dev.propensity.cli.Logging;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times one retraining run over a SQLite store holding {@code N} fed-back outcomes (default 100,000) of TinyLeads'
 * truth, with a champion trained on 5,000 leads. Run by {@code benchmarks/retrain.sh}; prints the time of each
 * stage and the total.
 */
public final class RetrainBenchmark {
    private RetrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Logging.quietLibraries();
        int outcomes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("retrain-bench");
        ModelRegistry registry = ModelRegistry.at(folder.resolve("models"));
        Path base = Files.createDirectories(folder.resolve("base"));
        LeadTable table = new LeadTableLoader(SchemaReader.read(TinyLeads.write(base, 5_000, 1))).load();
        new TrainingRun(registry, TrainingOptions.DEFAULT, t -> Map.of()).run(table, true, "bench", "bench champion");

        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(DatabaseConfig.sqliteFile(folder.resolve("feedback.db")))) {
            long fillStart = System.nanoTime();
            FedBackLeads fed = FedBackLeads.of(folder.resolve("fed"), "F", outcomes, 0, 2);
            for (int i = 0; i < outcomes; i += 10_000) {
                store.logScores(fed.scores().subList(i, Math.min(outcomes, i + 10_000)));
            }
            for (int i = 0; i < outcomes; i += 1_000) {
                store.recordOutcomes(fed.outcomes().subList(i, Math.min(outcomes, i + 1_000)));
            }
            System.out.printf(Locale.ROOT, "filled SQLite with %,d scores and outcomes in %.1f s%n", outcomes,
                    (System.nanoTime() - fillStart) / 1e9);

            Map<RetrainStage, Long> started = new LinkedHashMap<>();
            RetrainService service = new RetrainService(registry, store, RetrainPolicy.DEFAULT,
                    folder.resolve("datasets").resolve("retrain"), Clock.systemUTC());
            long start = System.nanoTime();
            RetrainResult result = service.retrain("bench", stage -> started.put(stage, System.nanoTime()));
            long end = System.nanoTime();

            RetrainStage previous = null;
            for (Map.Entry<RetrainStage, Long> e : started.entrySet()) {
                if (previous != null) {
                    print(previous, started.get(previous), e.getValue());
                }
                previous = e.getKey();
            }
            print(previous, started.get(previous), end);
            System.out.printf(Locale.ROOT, "retrain total: %.1f s for %,d base rows + %,d fed-back outcomes "
                            + "(snapshot %,d bytes); %s%n", (end - start) / 1e9, result.baseRows(), result.feedbackRows(),
                    Files.size(result.snapshot()), result.reason());
        }
    }

    private static void print(RetrainStage stage, long from, long to) {
        System.out.printf(Locale.ROOT, "  %-26s %6.1f s%n", stage.words(), (to - from) / 1e9);
    }
}
