package dev.propensity.server.feedback;

import static dev.propensity.server.feedback.Leads.CLOSED;
import static dev.propensity.server.feedback.Leads.T0;
import static dev.propensity.server.feedback.Leads.lost;
import static dev.propensity.server.feedback.Leads.score;
import static dev.propensity.server.feedback.Leads.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database behind {@link JdbcFeedbackStore} must show; each subclass supplies a fresh,
 * empty database per test and removes it afterwards.
 */
abstract class FeedbackStoreContract {
    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(10)));
    private DatabaseConfig config;
    private Database database;
    private JdbcFeedbackStore store;

    /** A database no other test uses; called before each test. */
    abstract DatabaseConfig freshDatabase() throws Exception;

    /** Removes what {@link #freshDatabase()} made; called after each test, even a failed one. */
    abstract void removeDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        config = freshDatabase();
        database = Database.open(config);
        store = new JdbcFeedbackStore(database, clock);
    }

    @AfterEach
    void closeStore() throws Exception {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            removeDatabase();
        }
    }

    @Test
    void aNewOutcomeIsStoredWithIdReceiptTimeAndContent() {
        store.logScores(List.of(score("lead-1", 1, T0, "a")));

        List<OutcomeResult> results = store.recordOutcomes(List.of(won("k1", "lead-1", "1234.5678")));

        assertEquals(1, results.size());
        assertEquals(OutcomeResult.Status.CREATED, results.get(0).status());
        StoredOutcome stored = results.get(0).outcome();
        assertTrue(stored.id() > 0);
        assertEquals("k1", stored.idempotencyKey());
        assertEquals("lead-1", stored.leadId());
        assertEquals(Outcome.WON, stored.outcome());
        assertEquals(0, new BigDecimal("1234.5678").compareTo(stored.amount().orElseThrow()));
        assertEquals(CLOSED, stored.closeDate());
        assertEquals(clock.instant(), stored.receivedAt());
        assertTrue(stored.scored());
        assertEquals(Optional.of(stored), store.findOutcome("k1"));
        assertEquals(1, store.countOutcomes());
    }

    @Test
    void postingTheSameKeyTwiceStoresOneRowAndReturnsTheFirst() {
        StoredOutcome first = store.recordOutcomes(List.of(won("k1", "lead-1", "100"))).get(0).outcome();
        clock.advance(Duration.ofMinutes(5));

        OutcomeResult again = store.recordOutcomes(List.of(won("k1", "lead-1", "100.00"))).get(0);

        assertEquals(OutcomeResult.Status.DUPLICATE, again.status());
        assertEquals(first, again.outcome());
        assertEquals(1, store.countOutcomes());
    }

    @Test
    void absentAmountsMatchEachOtherButNotZero() {
        store.recordOutcomes(List.of(lost("k1", "lead-1")));

        assertEquals(OutcomeResult.Status.DUPLICATE, store.recordOutcomes(List.of(lost("k1", "lead-1"))).get(0).status());
        OutcomeRequest withZero = new OutcomeRequest("lead-1", "lost", BigDecimal.ZERO, CLOSED, "k1");
        assertThrows(OutcomeConflictException.class, () -> store.recordOutcomes(List.of(withZero)));
    }

    @Test
    void aKeyReusedWithOtherContentRejectsThePostAndKeepsEarlierData() {
        StoredOutcome original = store.recordOutcomes(List.of(won("k1", "lead-1", "100"))).get(0).outcome();

        OutcomeConflictException conflict = assertThrows(OutcomeConflictException.class, () -> store.recordOutcomes(
                List.of(won("k2", "lead-2", "5"), won("k1", "lead-1", "999"), lost("k3", "lead-3"))));

        assertEquals(List.of("k1"), conflict.keys());
        assertTrue(conflict.getMessage().contains("k1"), conflict.getMessage());
        assertEquals(1, store.countOutcomes());
        assertEquals(Optional.empty(), store.findOutcome("k2"));
        assertEquals(Optional.empty(), store.findOutcome("k3"));
        assertEquals(Optional.of(original), store.findOutcome("k1"));
    }

    @Test
    void aConflictNamesEveryConflictingKeyInPostedOrder() {
        store.recordOutcomes(List.of(won("k-b", "lead-1", "1"), won("k-a", "lead-2", "2")));

        OutcomeConflictException conflict = assertThrows(OutcomeConflictException.class, () -> store.recordOutcomes(
                List.of(lost("k-b", "lead-1"), won("k-new", "lead-3", null), lost("k-a", "lead-2"))));

        assertEquals(List.of("k-b", "k-a"), conflict.keys());
        assertEquals(2, store.countOutcomes());
    }

    @Test
    void anInvalidItemRejectsTheWholePostNamingItsField() {
        OutcomeRequest maybe = new OutcomeRequest("lead-2", "maybe", null, CLOSED, "k2");

        FeedbackValidationException invalid = assertThrows(FeedbackValidationException.class,
                () -> store.recordOutcomes(List.of(won("k1", "lead-1", "10"), maybe)));

        assertEquals("outcomes[1].outcome: expected won or lost, got 'maybe'", invalid.getMessage());
        assertEquals(0, store.countOutcomes());
    }

    @Test
    void oneKeyTwiceInAPostWithOtherContentRejectsThePost() {
        assertThrows(OutcomeConflictException.class, () -> store.recordOutcomes(
                List.of(won("k0", "lead-0", "1"), won("k1", "lead-1", "10"), won("k1", "lead-1", "11"))));

        assertEquals(0, store.countOutcomes());
    }

    @Test
    void oneKeyTwiceInAPostWithTheSameContentIsOneRow() {
        List<OutcomeResult> results = store.recordOutcomes(List.of(won("k1", "lead-1", "10"), won("k1", "lead-1", "10")));

        assertEquals(OutcomeResult.Status.CREATED, results.get(0).status());
        assertEquals(OutcomeResult.Status.DUPLICATE, results.get(1).status());
        assertEquals(results.get(0).outcome(), results.get(1).outcome());
        assertEquals(1, store.countOutcomes());
    }

    @Test
    void resultsComeBackInPostedOrder() {
        List<OutcomeResult> results = store.recordOutcomes(
                List.of(lost("k-z", "lead-1"), lost("k-a", "lead-2"), lost("k-m", "lead-3")));

        assertEquals(List.of("k-z", "k-a", "k-m"),
                results.stream().map(r -> r.outcome().idempotencyKey()).toList());
    }

    @Test
    void anOutcomeForANeverScoredLeadIsKeptAndFlagged() {
        store.logScores(List.of(score("lead-known", 1, T0, "a")));

        List<OutcomeResult> results = store.recordOutcomes(
                List.of(won("k1", "lead-known", "10"), won("k2", "lead-stranger", "20")));

        assertTrue(results.get(0).outcome().scored());
        assertFalse(results.get(1).outcome().scored());
        assertFalse(store.findOutcome("k2").orElseThrow().scored());
        assertEquals(2, store.countOutcomes());
    }

    @Test
    void outcomesAreJoinedWithTheLatestScoreLoggedBeforeTheyArrived() {
        Instant received = T0.plus(Duration.ofDays(3));
        store.logScores(List.of(
                score("lead-1", 1, T0, "first"),
                score("lead-1", 2, T0.plus(Duration.ofDays(2)), "latest-before"),
                score("lead-2", 1, T0.plus(Duration.ofDays(1)), "other-lead")));
        clock.set(received);
        store.recordOutcomes(List.of(won("k1", "lead-1", "10"), lost("k-stranger", "lead-9")));
        store.logScores(List.of(score("lead-1", 3, received.plusSeconds(1), "after-outcome")));

        List<OutcomeWithInput> pairs = store.outcomesWithInputs(T0);

        assertEquals(1, pairs.size(), "the never-scored lead has no input to pair with");
        OutcomeWithInput pair = pairs.get(0);
        assertEquals("k1", pair.outcome().idempotencyKey());
        assertEquals(score("lead-1", 2, T0.plus(Duration.ofDays(2)), "latest-before"), pair.score());
        assertEquals(2, pair.score().modelVersion());
    }

    @Test
    void aScoreLoggedAtTheMomentOfReceiptCounts() {
        Instant received = T0.plus(Duration.ofHours(1));
        store.logScores(List.of(score("lead-1", 1, T0, "older"), score("lead-1", 2, received, "same-moment")));
        clock.set(received);
        store.recordOutcomes(List.of(won("k1", "lead-1", null)));

        assertEquals("req-same-moment", store.outcomesWithInputs(T0).get(0).score().requestId());
    }

    @Test
    void outcomesWithInputsStartAtTheGivenInstant() {
        store.logScores(List.of(score("lead-1", 1, T0, "a"), score("lead-2", 1, T0, "b")));
        clock.set(T0.plus(Duration.ofDays(1)));
        store.recordOutcomes(List.of(won("k-old", "lead-1", "1")));
        clock.set(T0.plus(Duration.ofDays(5)));
        store.recordOutcomes(List.of(won("k-new", "lead-2", "2")));

        List<OutcomeWithInput> pairs = store.outcomesWithInputs(T0.plus(Duration.ofDays(5)));

        assertEquals(List.of("k-new"), pairs.stream().map(p -> p.outcome().idempotencyKey()).toList());
    }

    @Test
    void scoresSinceReturnsRecentScoresOldestFirstAsLogged() {
        ScoreRecord old = score("lead-1", 1, T0, "old");
        ScoreRecord later = score("lead-2", 1, T0.plus(Duration.ofHours(2)), "later");
        ScoreRecord recent = new ScoreRecord("lead-3", 7, 0.123456789, 12,
                "{\"note\":\"ünïcode ✓\",\"n\":1.5}", T0.plus(Duration.ofHours(1)).plusNanos(123_456_000), "req-r");
        store.logScores(List.of(old, later, recent));

        assertEquals(List.of(recent, later), store.scoresSince(T0.plusSeconds(1)));
    }

    @Test
    void anExploredScoreKeepsItsPersonaItsFirstRepAndTheExplorationFlag() {
        ScoreRecord explored = new ScoreRecord("lead-x", 3, 0.4, 40, "{}", T0.plusSeconds(5), "req-x", null,
                null, "P2", "rep_07", true);
        ScoreRecord plain = score("lead-y", 3, T0.plusSeconds(6), "plain");
        store.logScores(List.of(explored, plain));

        assertEquals(List.of(explored, plain), store.scoresSince(T0));
        assertEquals(null, store.scoresSince(T0).get(1).persona());
        assertFalse(store.scoresSince(T0).get(1).explored());
    }

    @Test
    void aScoresGradeAndQuadrantComeBackAsLoggedAlsoBesideItsOutcome() {
        // A rule moved this lead to A; the thresholds alone had put it in the fit high, engagement low quadrant (C).
        ScoreRecord graded = new ScoreRecord("lead-q", 3, 0.7, 70, "{\"lead_id\":\"lead-q\"}", T0, "req-q", "A", "C");
        store.logScores(List.of(graded, score("lead-u", 3, T0, "ungraded")));
        clock.set(T0.plus(Duration.ofDays(1)));
        store.recordOutcomes(List.of(won("k-q", "lead-q", "100")));

        assertEquals(List.of(graded.quadrant(), "null"), store.scoresSince(T0).stream()
                .map(r -> String.valueOf(r.quadrant())).toList());
        ScoreRecord joined = store.outcomesWithInputs(T0).get(0).score();
        assertEquals("A", joined.grade());
        assertEquals("C", joined.quadrant());
    }

    @Test
    void theEventsOfManyLeadsComeBackGroupedByLeadOldestFirstAcrossQueryChunks() {
        // More leads than one query binds, so the read spans two chunks; every third lead has no events.
        int leads = EventTable.LEADS_PER_QUERY + 7;
        List<EventRecord> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            String id = "lead-" + i;
            ids.add(id);
            if (i % 3 != 0) {
                events.add(new EventRecord(id, "web_visit", T0.plusSeconds(60)));
                events.add(new EventRecord(id, "download", T0));
            }
        }
        ids.add("never-seen");
        store.recordEvents(events);
        store.recordEvents(List.of(new EventRecord("not-asked", "web_visit", T0)));

        java.util.Map<String, List<EventRecord>> byLead = new java.util.LinkedHashMap<>();
        store.forEachEventOf(ids, e -> byLead.computeIfAbsent(e.leadId(), k -> new ArrayList<>()).add(e));

        assertEquals(leads - (leads + 2) / 3, byLead.size(), "the leads with events, and only those asked for");
        for (String id : ids) {
            assertEquals(store.eventsFor(id).isEmpty() ? null : store.eventsFor(id), byLead.get(id), id);
        }
        assertEquals(List.of("download", "web_visit"), byLead.get("lead-1").stream().map(EventRecord::type).toList());
    }

    @Test
    void manyScoresAreLoggedInOneCall() {
        List<ScoreRecord> scores = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            scores.add(score("lead-" + i, 1, T0.plusSeconds(i), "s" + i));
        }

        store.logScores(scores);

        assertEquals(scores, store.scoresSince(T0));
    }

    @Test
    void theScoreLogWriterWritesEverythingOfferedBeforeClose() throws Exception {
        int total = 1_050;
        try (ScoreLogWriter writer = new ScoreLogWriter(store, 2_000, 100)) {
            for (int i = 0; i < total; i++) {
                assertTrue(writer.offer(score("lead-" + i, 1, T0.plusMillis(i), "w" + i)));
            }
            writer.flush();
            assertEquals(total, store.scoresSince(T0).size());
            writer.offer(score("lead-last", 1, T0.plusSeconds(60), "last"));
            writer.close();
            assertEquals(new ScoreLogWriter.Counts(total + 1, 0, total + 1, 0), writer.counts());
        }
        assertEquals(total + 1, store.scoresSince(T0).size());
    }

    @Test
    void concurrentPostsOfOneKeyLeaveExactlyOneRow() throws Exception {
        int threads = 8;
        try (Database second = Database.open(config)) {
            // Half the posts go through a second pool, as from a second server, so the database's unique
            // key has to settle the race rather than anything inside one store.
            List<FeedbackStore> stores = List.of(store, new JdbcFeedbackStore(second, clock));
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Callable<OutcomeResult>> posts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                FeedbackStore target = stores.get(i % 2);
                posts.add(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return target.recordOutcomes(List.of(won("k-race", "lead-1", "10"))).get(0);
                });
            }

            List<OutcomeResult> results = runAll(posts);

            assertEquals(1, results.stream().filter(r -> r.status() == OutcomeResult.Status.CREATED).count());
            assertEquals(1, results.stream().map(r -> r.outcome().id()).distinct().count());
            assertEquals(1, store.countOutcomes());
        }
    }

    @Test
    void concurrentPostsSharingKeysInOppositeOrdersAllSucceed() throws Exception {
        int rounds = 5;
        List<Callable<List<OutcomeResult>>> posts = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(2 * rounds);
        for (int round = 0; round < rounds; round++) {
            OutcomeRequest a = won("k-a" + round, "lead-a", "1");
            OutcomeRequest b = won("k-b" + round, "lead-b", "2");
            posts.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                return store.recordOutcomes(List.of(a, b));
            });
            posts.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                return store.recordOutcomes(List.of(b, a));
            });
        }

        runAll(posts);

        assertEquals(2L * rounds, store.countOutcomes());
    }

    @Test
    void openingAMigratedDatabaseAgainKeepsItsData() {
        store.logScores(List.of(score("lead-1", 1, T0, "a")));
        store.recordOutcomes(List.of(won("k1", "lead-1", "10")));

        try (JdbcFeedbackStore reopened = JdbcFeedbackStore.open(config)) {
            assertEquals(1, reopened.countOutcomes());
            assertEquals(1, reopened.scoresSince(T0).size());
        }
        try (JdbcFeedbackStore third = JdbcFeedbackStore.open(config)) {
            assertEquals(1, third.countOutcomes());
        }
    }

    @Test
    void findingAnUnknownKeyFindsNothing() {
        assertEquals(Optional.empty(), store.findOutcome("never-posted"));
        assertEquals(0, store.countOutcomes());
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
