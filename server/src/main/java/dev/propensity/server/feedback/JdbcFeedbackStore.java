package dev.propensity.server.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feedback store on SQLite or PostgreSQL through JDBC. Thread-safe: every call borrows its own pooled
 * connection, and on SQLite writes take turns (see {@link Database}).
 */
public final class JdbcFeedbackStore implements FeedbackStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcFeedbackStore.class);

    private final Database database;
    private final Clock clock;
    private final boolean ownsDatabase;
    private final OutcomeValidator validator = new OutcomeValidator();
    private final ScoreLeadIndex leadIndex;

    /**
     * A store on an open database, which the caller keeps and closes.
     *
     * @param clock stamps each outcome's receipt time
     */
    public JdbcFeedbackStore(Database database, Clock clock) {
        this(database, clock, false);
    }

    private JdbcFeedbackStore(Database database, Clock clock, boolean ownsDatabase) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownsDatabase = ownsDatabase;
        this.leadIndex = ScoreLeadIndex.of(database.dialect());
        // Rows a crashed server logged but never indexed are indexed now, not at the first lookup.
        catchUpLeadIndex();
    }

    /**
     * Opens and migrates the configured database and returns a store that closes it when closed.
     *
     * @throws FeedbackStoreException when the database cannot be reached or migrated
     */
    public static JdbcFeedbackStore open(DatabaseConfig config) {
        return new JdbcFeedbackStore(Database.open(config), Clock.systemUTC(), true);
    }

    @Override
    public void logScores(List<ScoreRecord> scores) {
        if (scores.isEmpty()) {
            return;
        }
        database.inTransaction("logging " + scores.size() + " scores", connection -> {
            ScoreLogTable.insert(connection, scores);
            return null;
        });
        leadIndex.appended(scores.size());
        if (leadIndex.due()) {
            try {
                database.withWriteTurn("indexing the score log by lead", leadIndex::catchUpInSlices);
            } catch (FeedbackStoreException e) {
                // The scores are committed: failing here would have the writer retry, and log them twice. The next
                // batch tries again, and every lookup by lead catches up first anyway.
                LOG.warn("the score log's lead index could not catch up; it will try again: {}", e.getMessage());
            }
        }
    }

    @Override
    public List<OutcomeResult> recordOutcomes(List<OutcomeRequest> outcomes) {
        validator.validate(outcomes);
        // One receipt time for the whole post: its outcomes arrived together.
        Instant receivedAt = clock.instant();
        return database.inTransaction("recording " + outcomes.size() + " outcomes", connection -> {
            // Whether each lead was scored is looked up by lead: the scores of the last seconds are indexed first.
            leadIndex.catchUp(connection);
            return OutcomeRecorder.record(connection, outcomes, receivedAt);
        });
    }

    @Override
    public List<OutcomeWithInput> outcomesWithInputs(Instant since) {
        catchUpLeadIndex();
        return database.read("reading outcomes with their inputs", connection -> OutcomeInputJoin.since(connection, since));
    }

    @Override
    public List<ScoreRecord> scoresSince(Instant since) {
        return database.read("reading scores", connection -> ScoreLogTable.since(connection, since));
    }

    @Override
    public long countOutcomes() {
        return database.read("counting outcomes", OutcomeTable::count);
    }

    @Override
    public Optional<StoredOutcome> findOutcome(String idempotencyKey) {
        return database.read("finding outcome " + idempotencyKey,
                connection -> OutcomeTable.findByKey(connection, idempotencyKey));
    }

    /** The shared retrain-job table on this store's database (issue 14: one retrain across replicas). */
    public RetrainJobRows retrainJobRows() {
        return new RetrainJobRows(database);
    }

    /** The database under this store, for the champion-change channel that shares its pool. */
    public Database database() {
        return database;
    }

    @Override
    public int recordEvents(List<EventRecord> events) {
        if (events.isEmpty()) {
            return 0;
        }
        Instant receivedAt = clock.instant();
        return database.inTransaction("recording " + events.size() + " events",
                connection -> EventTable.insert(connection, events, receivedAt));
    }

    @Override
    public List<EventRecord> eventsFor(String leadId) {
        return database.read("reading the events of a lead", connection -> EventTable.forLead(connection, leadId));
    }

    @Override
    public void forEachEventOf(Collection<String> leadIds, Consumer<EventRecord> each) {
        database.read("reading the events of " + leadIds.size() + " leads", connection -> {
            EventTable.forLeads(connection, leadIds, each);
            return null;
        });
    }

    /** Indexes by lead every score logged since the last time (on SQLite; PostgreSQL's index is always current). */
    void catchUpLeadIndex() {
        if (leadIndex.deferred() && database.read("looking for scores to index by lead", leadIndex::behind)) {
            database.inTransaction("indexing the score log by lead", leadIndex::catchUp);
        }
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            database.close();
        }
    }
}
