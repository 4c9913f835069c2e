package dev.propensity.server.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the server and the retraining job need from the feedback loop's storage: a log of every score and
 * the CRM's outcomes, and the queries that pair them. {@link JdbcFeedbackStore} is the implementation.
 */
public interface FeedbackStore extends AutoCloseable {

    /**
     * Appends scores to the score log in one transaction, with batched inserts; an empty list does nothing.
     * For a server that must not wait on the database, {@link ScoreLogWriter} calls this from a background
     * thread.
     */
    void logScores(List<ScoreRecord> scores);

    /**
     * Stores a post of outcomes all-or-nothing, in one transaction committed before this returns.
     * A key stored before with the same content is a duplicate: the stored record comes back and nothing
     * is written. An outcome for a lead with no logged score is kept, with {@code scored=false}.
     *
     * @return one result per request, in the order posted
     * @throws FeedbackValidationException if a request breaks a rule; nothing is written
     * @throws OutcomeConflictException    if a key is stored with other content; nothing is written
     * @throws FeedbackStoreException      if the database fails; nothing is written
     */
    List<OutcomeResult> recordOutcomes(List<OutcomeRequest> outcomes);

    /**
     * Outcomes received at or after {@code since}, oldest first, each with the latest score its lead had
     * been given at or before the outcome's receipt. Outcomes of leads never scored by then are left out:
     * there is no score-time input to learn from.
     */
    List<OutcomeWithInput> outcomesWithInputs(Instant since);

    /**
     * Scores given at or after {@code since}, oldest first, for drift reports. The whole window is held in
     * memory, so callers pick windows of a size they can hold.
     */
    List<ScoreRecord> scoresSince(Instant since);

    /** How many outcomes are stored. */
    long countOutcomes();

    /** The outcome stored under an idempotency key, if any. */
    Optional<StoredOutcome> findOutcome(String idempotencyKey);

    /**
     * Stores activity events in one transaction committed before this returns; an event already stored (same
     * lead, type and time) is skipped, so re-posting is safe.
     *
     * @return how many were new
     */
    default int recordEvents(List<EventRecord> events) {
        throw new UnsupportedOperationException("this store keeps no activity events");
    }

    /** A lead's stored activity events, oldest first. */
    default List<EventRecord> eventsFor(String leadId) {
        return List.of();
    }

    /**
     * Hands the stored activity events of many leads to {@code each}, grouped by lead and oldest first within a
     * lead, reading them in a few batched queries rather than one per lead (retraining asks for a whole snapshot's).
     */
    default void forEachEventOf(Collection<String> leadIds, Consumer<EventRecord> each) {
        leadIds.forEach(id -> eventsFor(id).forEach(each));
    }

    /** Releases the database connections, if this store owns them. */
    @Override
    void close();
}
