package dev.propensity.server.feedback;

import static dev.propensity.server.feedback.Leads.T0;
import static dev.propensity.server.feedback.Leads.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The writer's queueing, batching and loss accounting, against a store that lives in memory. */
class FeedbackScoreLogWriterTest {

    @Test
    void scoresAreWrittenInBatchesNoLargerThanConfigured() throws Exception {
        RecordingStore store = new RecordingStore();
        try (ScoreLogWriter writer = new ScoreLogWriter(store, 1_000, 7)) {
            for (int i = 0; i < 100; i++) {
                writer.offer(score("lead-" + i, 1, T0.plusSeconds(i), "s" + i));
            }
            writer.flush();
        }
        assertEquals(100, store.scores.size());
        assertTrue(store.batchSizes.stream().allMatch(size -> size <= 7), store.batchSizes.toString());
        assertEquals("lead-0", store.scores.get(0).leadId());
        assertEquals("lead-99", store.scores.get(99).leadId());
    }

    @Test
    void scoresQueuedWhileTheWriterLingersGoInOneBatchAndAFlushCutsTheLingerShort() throws Exception {
        RecordingStore store = new RecordingStore();
        // A minute's linger: only the flush can end it before the test's own timeout.
        try (ScoreLogWriter writer = new ScoreLogWriter(store, 1_000, 100, 60_000)) {
            for (int i = 0; i < 10; i++) {
                writer.offer(score("lead-" + i, 1, T0.plusSeconds(i), "s" + i));
            }
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), writer::flush);
            assertEquals(List.of(10), store.batchSizes);
        }
    }

    @Test
    void closingWritesWhatLingersAtOnce() {
        RecordingStore store = new RecordingStore();
        ScoreLogWriter writer = new ScoreLogWriter(store, 1_000, 100, 60_000);
        for (int i = 0; i < 3; i++) {
            writer.offer(score("lead-" + i, 1, T0.plusSeconds(i), "s" + i));
        }
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), writer::close);
        assertEquals(3, store.scores.size());
        assertEquals(new ScoreLogWriter.Counts(3, 0, 3, 0), writer.counts());
    }

    @Test
    void aNegativeLingerIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScoreLogWriter(new RecordingStore(), 10, 10, -1));
        assertEquals("capacity and batchSize must be positive and lingerMillis not negative, got 10, 10 and -1",
                e.getMessage());
    }

    @Test
    void aFullQueueDropsScoresInsteadOfBlocking() throws Exception {
        RecordingStore store = new RecordingStore();
        store.gate = new CountDownLatch(1);
        try (ScoreLogWriter writer = new ScoreLogWriter(store, 2, 1)) {
            assertTrue(writer.offer(score("lead-0", 1, T0, "held")));
            assertTrue(store.entered.await(10, TimeUnit.SECONDS), "the writer should be inside the store");
            assertTrue(writer.offer(score("lead-1", 1, T0, "q1")));
            assertTrue(writer.offer(score("lead-2", 1, T0, "q2")));

            assertFalse(writer.offer(score("lead-3", 1, T0, "dropped")));

            store.gate.countDown();
            writer.flush();
            assertEquals(new ScoreLogWriter.Counts(3, 1, 3, 0), writer.counts());
        }
    }

    @Test
    void aWaitingOfferGetsItsPlaceOnceTheStoreCatchesUpAndGivesUpAfterItsWait() throws Exception {
        RecordingStore store = new RecordingStore();
        store.gate = new CountDownLatch(1);
        try (ScoreLogWriter writer = new ScoreLogWriter(store, 1, 1)) {
            assertTrue(writer.offer(score("lead-0", 1, T0, "held")));
            assertTrue(store.entered.await(10, TimeUnit.SECONDS), "the writer should be inside the store");
            assertTrue(writer.offer(score("lead-1", 1, T0, "queued"), 1_000));

            assertFalse(writer.offer(score("lead-2", 1, T0, "gave up"), 50), "no room within 50 ms");

            Thread release = new Thread(() -> {
                sleepQuietly(200);
                store.gate.countDown();
            });
            release.start();
            assertTrue(writer.offer(score("lead-3", 1, T0, "waited"), 10_000), "room once the store caught up");
            writer.flush();
            release.join();
            assertEquals(new ScoreLogWriter.Counts(3, 1, 3, 0), writer.counts());
            assertEquals(List.of("lead-0", "lead-1", "lead-3"), store.scores.stream().map(ScoreRecord::leadId).toList());
        }
    }

    @Test
    void aWaitingOfferDoesNotHoldUpTheOthers() throws Exception {
        RecordingStore store = gatedStore();
        try (ScoreLogWriter writer = new ScoreLogWriter(store, 1, 1)) {
            holdWriter(writer, store);
            assertTrue(writer.offer(score("lead-1", 1, T0, "queued")));
            var patient = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return writer.offer(score("lead-2", 1, T0, "patient"), 600_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            // Whatever the patient request is doing, an impatient one is answered (dropped) at once, and a
            // second patient one gives up after its own short wait, not after the first one's ten minutes.
            while (writer.counts().dropped() == 0) {
                assertFalse(writer.offer(score("lead-3", 1, T0, "impatient")));
            }
            assertFalse(writer.offer(score("lead-4", 1, T0, "short wait"), 20));
            assertFalse(patient.isDone(), "the patient request is still waiting for room");
            store.gate.countDown();
            assertTrue(patient.get(30, TimeUnit.SECONDS));
            writer.flush();
            assertEquals(List.of("lead-0", "lead-1", "lead-2"), store.scores.stream().map(ScoreRecord::leadId).toList());
        }
    }

    @Test
    void aBatchIsQueuedWholeOrNotAtAll() throws Exception {
        RecordingStore store = gatedStore();
        try (ScoreLogWriter writer = new ScoreLogWriter(store, 3, 10)) {
            holdWriter(writer, store);
            assertTrue(writer.offer(score("lead-1", 1, T0, "queued")));
            List<ScoreRecord> batch = List.of(score("b-0", 1, T0, "b0"), score("b-1", 1, T0, "b1"), score("b-2", 1, T0, "b2"));
            assertFalse(writer.offerAll(batch, 20), "three do not fit beside one");
            assertTrue(writer.offerAll(batch.subList(0, 2), 20));
            store.gate.countDown();
            writer.flush();
            assertEquals(List.of("lead-0", "lead-1", "b-0", "b-1"), store.scores.stream().map(ScoreRecord::leadId).toList());
            assertEquals(new ScoreLogWriter.Counts(4, 3, 4, 0), writer.counts());
        }
    }

    @Test
    void closingGivesUpOnAStoreThatNeverAnswers() throws Exception {
        RecordingStore store = gatedStore();
        ScoreLogWriter writer = new ScoreLogWriter(store, 10, 1);
        holdWriter(writer, store);
        Thread closer = new Thread(writer::close);
        closer.start();
        closer.join(TimeUnit.MILLISECONDS.toMillis(ScoreLogWriter.CLOSE_TIMEOUT_MILLIS * 3));
        assertFalse(closer.isAlive(), "close() returned although the store never answered");
        store.gate.countDown();
    }

    /** A store whose writes wait until its gate opens. */
    private static RecordingStore gatedStore() {
        RecordingStore store = new RecordingStore();
        store.gate = new CountDownLatch(1);
        return store;
    }

    /** One score stuck in the store's blocked write: from here on, the queue's room is all there is. */
    private static void holdWriter(ScoreLogWriter writer, RecordingStore store) throws InterruptedException {
        assertTrue(writer.offer(score("lead-0", 1, T0, "held")));
        assertTrue(store.entered.await(10, TimeUnit.SECONDS), "the writer should be inside the store");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailedBatchIsCountedAndFlushStillReturns() throws Exception {
        RecordingStore store = new RecordingStore();
        store.failing = true;
        try (ScoreLogWriter writer = new ScoreLogWriter(store, 100, 10)) {
            writer.offer(score("lead-0", 1, T0, "a"));
            writer.offer(score("lead-1", 1, T0, "b"));
            writer.flush();
            assertEquals(new ScoreLogWriter.Counts(2, 0, 0, 2), writer.counts());
        }
    }

    @Test
    void aClosedWriterRefusesScores() {
        RecordingStore store = new RecordingStore();
        ScoreLogWriter writer = new ScoreLogWriter(store);
        writer.close();
        writer.close();

        assertFalse(writer.offer(score("lead-0", 1, T0, "late")));
        assertEquals(new ScoreLogWriter.Counts(0, 1, 0, 0), writer.counts());
    }

    /** Keeps logged scores in a list; can hold the writer inside a call, or fail every call. */
    private static final class RecordingStore implements ScoreLogOnlyStore {
        final List<ScoreRecord> scores = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch gate = new CountDownLatch(0);
        volatile boolean failing;

        @Override
        public void logScores(List<ScoreRecord> batch) {
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new FeedbackStoreException("logging " + batch.size() + " scores failed: test");
            }
            batchSizes.add(batch.size());
            scores.addAll(batch);
        }

        @Override
        public void close() {
        }
    }
}
