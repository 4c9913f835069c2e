package dev.propensity.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.registry.HistoryAction;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.retrain.FedBackLeads;
import dev.propensity.server.retrain.RetrainFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code retrain} verb: exit codes, what it prints, and that it reaches the registry's history. */
class RetrainCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aCompletedRunExitsZeroAndPrintsTheDecisionAndBothMetricSets() throws IOException {
        ModelRegistry registry = ModelRegistry.at(folder.resolve("models"));
        RetrainFixtures.champion(registry, folder, 1000, 1); // 300 rows left too few held-out leads for the base-rate guard
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(DatabaseConfig.sqliteFile(folder.resolve("feedback.db")))) {
            RetrainFixtures.feed(store, FedBackLeads.of(folder.resolve("fed"), "F", 500, 0, 2));
        }

        int code = run("--models", folder.resolve("models").toString(), "--db", "jdbc:sqlite:" + folder.resolve("feedback.db"),
                "--snapshots", folder.resolve("datasets").resolve("retrain").toString(), "--auc-margin", "0.01", "--logloss-margin", "0.02");

        assertEquals(0, code, err.toString());
        String printed = out.toString();
        assertTrue(printed.matches("(?s)(PROMOTED|NOT PROMOTED): challenger v2 against champion v1\n.*"), printed);
        assertTrue(printed.contains("data: 1000 base rows + 500 fed-back outcomes, the last 100 held out"), printed);
        assertTrue(printed.matches("(?s).*\nchampion +0\\.\\d{4} .*\nchallenger +0\\.\\d{4} .*"), printed);
        assertTrue(printed.contains("snapshot: " + folder.resolve("datasets").resolve("retrain")), printed);
        assertTrue(err.toString().contains("retrain: training challenger"), err.toString());
        var last = registry.history().get(registry.history().size() - 1);
        assertEquals(printed.startsWith("PROMOTED") ? HistoryAction.PROMOTE : HistoryAction.REFUSE, last.action());
        assertTrue(printed.contains("\n" + last.why() + "\n"), printed);
        assertTrue(last.why().matches("(not )?promoted on 100 recent outcomes: .*"), last.why());
    }

    @Test
    void withoutAChampionItExitsTwoAndSaysSo() {
        int code = run("--models", folder.resolve("models").toString(), "--db", "jdbc:sqlite:" + folder.resolve("f.db"),
                "--snapshots", folder.resolve("datasets").resolve("retrain").toString());

        assertEquals(2, code);
        assertTrue(err.toString().contains("retrain: no champion in " + folder.resolve("models")), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aMarginThatIsNotANumberExitsTwoNamingIt() {
        int code = run("--models", folder.resolve("models").toString(), "--auc-margin", "NaN");

        assertEquals(2, code);
        assertTrue(err.toString().contains("margins must be finite numbers, got AUC NaN"), err.toString());
    }

    @Test
    void aSchemaForSqliteExitsTwo() {
        int code = run("--models", folder.resolve("models").toString(), "--db", "jdbc:sqlite:" + folder.resolve("f.db"),
                "--db-schema", "feedback");

        assertEquals(2, code);
        assertTrue(err.toString().contains("schema: only PostgreSQL has schemas"), err.toString());
    }

    @Test
    void theLaunchersCommandLineHasTheVerb() {
        assertTrue(Main.commandLine().getSubcommands().containsKey("retrain"));
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(withVerb(args));
    }

    private static String[] withVerb(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "retrain";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
