package dev.propensity.server.cli;

import dev.propensity.cli.ExitCodes;
import dev.propensity.cli.Logging;
import dev.propensity.evaluate.Metrics;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.VersionLabel;
import dev.propensity.server.config.ServerConfig;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.retrain.RetrainPolicy;
import dev.propensity.server.retrain.RetrainResult;
import dev.propensity.server.retrain.RetrainService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propensity retrain}: one retraining run from the feedback store, in the foreground. Exits 0 when the run
 * reached a decision (promoted or not), 2 when it could not start (no champion, too few outcomes, bad options),
 * 1 when it failed.
 */
@Command(name = "retrain", mixinStandardHelpOptions = true,
        description = "Retrain the champion on its own data plus the CRM's outcomes (with the inputs as scored), "
                + "compare the challenger with the champion on the most recent outcomes, and promote it if it is "
                + "not worse. The decision and both sets of figures go into the registry's history.")
public final class RetrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--db-schema", paramLabel = "NAME", description = "PostgreSQL schema of the feedback tables.")
    String dbSchema;

    @Option(names = "--snapshots", paramLabel = "DIR", defaultValue = "${env:PROPENSITY_SNAPSHOTS}",
            description = "Folder of the Parquet snapshots (default: $PROPENSITY_SNAPSHOTS, else datasets/retrain "
                    + "beside the registry, where the server writes them too).")
    Path snapshots;

    @Option(names = "--auc-margin", paramLabel = "X",
            description = "How much lower the challenger's hold-out ROC AUC may be (default: 0.005).")
    Double aucMargin;

    @Option(names = "--logloss-margin", paramLabel = "X",
            description = "How much higher the challenger's hold-out log loss may be (default: 0.005).")
    Double logLossMargin;

    @Override
    public Integer call() {
        Logging.quietLibraries();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RetrainPolicy policy = RetrainPolicy.DEFAULT.withMargins(
                aucMargin == null ? RetrainPolicy.DEFAULT.aucMargin() : aucMargin,
                logLossMargin == null ? RetrainPolicy.DEFAULT.logLossMargin() : logLossMargin);
        DatabaseConfig config = dbSchema == null ? DatabaseConfig.of(where.db) : DatabaseConfig.of(where.db).withSchema(dbSchema);
        Path models = where.registry.path();
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(config)) {
            RetrainService service = new RetrainService(ModelRegistry.at(models), store, policy,
                    snapshots == null ? ServerConfig.snapshotsBeside(models) : snapshots, Clock.systemUTC());
            RetrainResult result = service.retrain(System.getProperty("user.name"),
                    stage -> {
                        err.println("retrain: " + stage.words());
                        err.flush();
                    });
            print(out, result);
            return ExitCodes.OK;
        }
    }

    private static void print(PrintWriter out, RetrainResult r) {
        out.printf(Locale.ROOT, "%s: challenger %s against champion %s%n", r.promoted() ? "PROMOTED" : "NOT PROMOTED",
                VersionLabel.format(r.challengerVersion()), VersionLabel.format(r.championVersion()));
        out.println(r.reason());
        out.printf(Locale.ROOT, "data: %d base rows + %d fed-back outcomes, the last %d held out%n",
                r.baseRows(), r.feedbackRows(), r.holdoutRows());
        out.printf(Locale.ROOT, "%-12s %8s %8s %9s %8s %8s%n", "hold-out", "ROC AUC", "PR AUC", "log loss", "Brier", "ECE");
        row(out, "champion", r.champion());
        row(out, "challenger", r.challenger());
        out.println("snapshot: " + r.snapshot() + " (sha256 " + r.snapshotSha256() + ")");
        r.notes().forEach(n -> out.println("note: " + n));
        out.flush();
    }

    private static void row(PrintWriter out, String name, Metrics m) {
        out.printf(Locale.ROOT, "%-12s %8.4f %8.4f %9.4f %8.4f %8.4f%n", name, m.rocAuc(), m.prAuc(), m.logLoss(),
                m.brier(), m.ece());
    }
}
