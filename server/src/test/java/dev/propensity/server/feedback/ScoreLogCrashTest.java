package dev.propensity.server.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the writer has committed survive a SIGKILL of the process, on SQLite (where, with a checkpoint only every
 * 10,000 WAL pages, they are still in the WAL alone when the process dies) and on PostgreSQL.
 */
class ScoreLogCrashTest {
    @TempDir
    Path folder;

    @Test
    void scoresCommittedToSqliteAreThereAfterTheProcessIsKilledThoughOnlyTheWalHeldThem() throws Exception {
        Path file = folder.resolve("feedback.db");
        killAfterFlush("sqlite", file.toString());

        assertTrue(Files.size(Path.of(file + "-wal")) > 0, "the scores were in the WAL, not yet checkpointed");
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(DatabaseConfig.sqliteFile(file))) {
            assertEquals(ScoreLogKillTarget.scores(), store.scoresSince(Instant.EPOCH));
        }
    }

    @Test
    void scoresCommittedToPostgresqlAreThereAfterTheProcessIsKilled() throws Exception {
        try (TestDatabase database = TestDatabase.postgres()) {
            DatabaseConfig config = database.config();
            killAfterFlush("postgres", config.url(), config.user().orElseThrow(), config.schema().orElseThrow());

            try (JdbcFeedbackStore store = JdbcFeedbackStore.open(config)) {
                assertEquals(ScoreLogKillTarget.scores(), store.scoresSince(Instant.EPOCH));
            }
        }
    }

    /** Starts {@link ScoreLogKillTarget}, waits for its flush, then kills it with SIGKILL. */
    private static void killAfterFlush(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ScoreLogKillTarget.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    String next;
                    do {
                        next = out.readLine();
                    } while (next != null && !next.startsWith(ScoreLogKillTarget.FLUSHED));
                    return next;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(60, TimeUnit.SECONDS);
            assertEquals(ScoreLogKillTarget.FLUSHED + " " + ScoreLogKillTarget.SCORES, line);
        } finally {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the process ended");
        }
        assertEquals(137, process.exitValue(), "killed by SIGKILL");
    }
}
