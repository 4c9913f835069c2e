package dev.propensity.server.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.evaluate.Metrics;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers' job runners on one store, as two replicas have them: a retrain asked of both runs once, each
 * reports the other's job, the slot frees when the job ends, and a job whose server died (no heartbeat for
 * {@link StoredJobBoard#STALE_AFTER}) is marked failed by the next claim instead of blocking retraining for ever.
 * On PostgreSQL, which replicas share, and on SQLite, which runs the same migration.
 */
class SharedRetrainJobsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void aRetrainAskedOfTwoServersRunsOnceAndEitherReportsItOnPostgresql() throws Exception {
        try (TestDatabase database = TestDatabase.postgres()) {
            runsOnceAcrossTwoServers(database);
        }
    }

    @Test
    void aRetrainAskedOfTwoServersRunsOnceAndEitherReportsItOnSqlite() throws Exception {
        try (TestDatabase database = TestDatabase.sqlite(folder)) {
            runsOnceAcrossTwoServers(database);
        }
    }

    @Test
    void aJobWhoseServerStoppedReportingIsMarkedFailedByTheNextClaim() throws Exception {
        try (TestDatabase database = TestDatabase.postgres();
             JdbcFeedbackStore store = JdbcFeedbackStore.open(database.config())) {
            AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T10:00:00Z"));
            Clock clock = new Clock() {
                @Override
                public Instant instant() {
                    return now.get();
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            };
            StoredJobBoard dead = new StoredJobBoard(store.retrainJobRows(), "replica-a", clock);
            StoredJobBoard alive = new StoredJobBoard(store.retrainJobRows(), "replica-b", clock);
            RetrainJob first = RetrainJob.queued("job-a", "tester", now.get()).running(now.get());
            assertEquals(Optional.empty(), dead.claim(first));
            RetrainJob second = RetrainJob.queued("job-b", "tester", now.get());

            now.set(now.get().plus(StoredJobBoard.STALE_AFTER.minusSeconds(1)));
            assertEquals(Optional.of("job-a"), alive.claim(second), "a job that beat recently still holds the slot");

            now.set(now.get().plus(Duration.ofSeconds(2)));
            assertEquals(Optional.empty(), alive.claim(second), "a stale job gives the slot up");
            ObjectNode abandoned = alive.find("job-a").orElseThrow();
            assertEquals("failed", abandoned.path("state").asText());
            assertTrue(abandoned.path("error").asText().startsWith("abandoned: its server (replica-a)"),
                    abandoned.path("error").asText());
            assertEquals("queued", alive.find("job-b").orElseThrow().path("state").asText());
        }
    }

    private void runsOnceAcrossTwoServers(TestDatabase database) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Retrainer blocking = (who, progress) -> {
            runs.incrementAndGet();
            progress.stage(RetrainStage.TRAINING);
            started.countDown();
            await(release);
            return result();
        };
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(database.config());
             RetrainJobs a = new RetrainJobs(blocking, Clock.systemUTC(),
                     new StoredJobBoard(store.retrainJobRows(), "replica-a", Clock.systemUTC()));
             RetrainJobs b = new RetrainJobs(blocking, Clock.systemUTC(),
                     new StoredJobBoard(store.retrainJobRows(), "replica-b", Clock.systemUTC()))) {
            String id = a.submit("first");
            await(started);

            assertEquals(id, b.submit("second"), "the other server answers with the job under way");
            assertEquals(id, a.submit("third"), "so does the same server");
            assertEquals("training challenger", b.view(id).orElseThrow().path("stage").asText(),
                    "the other server reports the job's progress");
            assertEquals("running", b.view(id).orElseThrow().path("state").asText());

            release.countDown();
            ObjectNode done = waitFinished(b, id);
            assertEquals("succeeded", done.path("state").asText());
            assertEquals(7, done.path("result").path("challenger_version").asInt());
            assertEquals(a.view(id).orElseThrow().toString(), done.toString(), "both report the same job");
            assertEquals(1, runs.get(), "the retrain ran once");

            String next = b.submit("later");
            assertNotEquals(id, next, "once finished, the slot is free for a new job");
            waitFinished(a, next);
            assertEquals(2, runs.get());
        }
    }

    private static ObjectNode waitFinished(RetrainJobs jobs, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            ObjectNode job = jobs.view(id).orElseThrow();
            String state = job.path("state").asText();
            if (state.equals("succeeded") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job " + id + " did not finish within " + PATIENCE);
    }

    private static RetrainResult result() {
        Metrics metrics = Metrics.of(new double[] {0.2, 0.7, 0.4}, new byte[] {0, 1, 1});
        return new RetrainResult(7, 6, true, "promoted", metrics, metrics, Path.of("snapshot.parquet"), "abc",
                10, 20, 5, List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
