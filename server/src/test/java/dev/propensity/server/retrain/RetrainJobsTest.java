package dev.propensity.server.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.evaluate.Metrics;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background retraining: states, stages, results and errors as the HTTP layer will report them. */
class RetrainJobsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void aJobIsQueuedWhileAnotherRunsThenRunsAndSucceedsWithItsResult() throws Exception {
        CountDownLatch firstReachedTraining = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        RetrainResult result = result();
        Retrainer blocking = (who, progress) -> {
            progress.stage(RetrainStage.LOADING_BASE);
            progress.stage(RetrainStage.TRAINING);
            if (who.equals("first")) {
                firstReachedTraining.countDown();
                await(releaseFirst);
            }
            return result;
        };
        try (RetrainJobs jobs = new RetrainJobs(blocking, Clock.systemUTC())) {
            String first = jobs.submit("first");
            await(firstReachedTraining);
            String second = jobs.submit("second");

            RetrainJob running = jobs.status(first).orElseThrow();
            assertEquals(RetrainJobState.RUNNING, running.state());
            assertEquals(Optional.of(RetrainStage.TRAINING), running.stage());
            assertTrue(running.startedAt().isPresent());
            assertEquals(RetrainJobState.QUEUED, jobs.status(second).orElseThrow().state());
            assertEquals("queued", jobs.status(second).orElseThrow().toJson().path("state").asText());

            releaseFirst.countDown();
            RetrainJob done = waitFor(jobs, second, job -> job.state().finished());

            assertEquals(RetrainJobState.SUCCEEDED, jobs.status(first).orElseThrow().state());
            assertEquals(RetrainJobState.SUCCEEDED, done.state());
            assertEquals(Optional.of(result), done.result());
            assertTrue(!done.finishedAt().orElseThrow().isBefore(done.startedAt().orElseThrow()));
            ObjectNode json = done.toJson();
            assertEquals("succeeded", json.path("state").asText());
            assertEquals("training challenger", json.path("stage").asText());
            assertEquals(7, json.path("result").path("challenger_version").asInt());
            assertTrue(json.path("result").path("metrics").path("champion").has("roc_auc"));
            assertTrue(json.path("error").isNull());
        }
    }

    @Test
    void aJobThatCannotRunFailsWithTheReason() throws Exception {
        try (TestDatabase database = TestDatabase.sqlite(folder);
             JdbcFeedbackStore store = JdbcFeedbackStore.open(database.config());
             RetrainJobs jobs = new RetrainJobs(new RetrainService(ModelRegistry.at(folder.resolve("models")), store,
                     RetrainPolicy.DEFAULT, folder.resolve("datasets").resolve("retrain"), Clock.systemUTC()), Clock.systemUTC())) {
            String id = jobs.submit("tester");

            RetrainJob job = waitFor(jobs, id, j -> j.state().finished());

            assertEquals(RetrainJobState.FAILED, job.state());
            assertTrue(job.error().orElseThrow().startsWith("no champion in "), job.error().orElseThrow());
            assertEquals(Optional.empty(), job.result());
            assertEquals("failed", job.toJson().path("state").asText());
            assertTrue(job.toJson().path("result").isNull());
        }
    }

    @Test
    void aJobWhoseRunThrowsUnexpectedlyFailsWithTheMessage() throws Exception {
        try (RetrainJobs jobs = new RetrainJobs((who, progress) -> {
            progress.stage(RetrainStage.WRITING_SNAPSHOT);
            throw new IllegalStateException("disk full");
        }, Clock.systemUTC())) {
            RetrainJob job = waitFor(jobs, jobs.submit("tester"), j -> j.state().finished());

            assertEquals(RetrainJobState.FAILED, job.state());
            assertEquals(Optional.of("disk full"), job.error());
            assertEquals(Optional.of(RetrainStage.WRITING_SNAPSHOT), job.stage());
        }
    }

    @Test
    void afterCloseASubmissionIsRejected() {
        RetrainJobs jobs = new RetrainJobs((who, progress) -> result(), Clock.systemUTC());
        jobs.close();

        assertThrows(RejectedExecutionException.class, () -> jobs.submit("tester"));
    }

    @Test
    void anUnknownIdHasNoStatus() {
        try (RetrainJobs jobs = new RetrainJobs((who, progress) -> result(), Clock.systemUTC())) {
            assertEquals(Optional.empty(), jobs.status("00000000-0000-0000-0000-000000000000"));
        }
    }

    private static RetrainResult result() {
        Metrics metrics = Metrics.of(new double[] {0.2, 0.7, 0.4}, new byte[] {0, 1, 1});
        return new RetrainResult(7, 6, true, "promoted", metrics, metrics, Path.of("snapshot.parquet"), "abc",
                10, 20, 5, List.of());
    }

    private static RetrainJob waitFor(RetrainJobs jobs, String id, Predicate<RetrainJob> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            RetrainJob job = jobs.status(id).orElseThrow();
            if (done.test(job)) {
                return job;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job " + id + " did not finish within " + PATIENCE + ": " + jobs.status(id));
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
