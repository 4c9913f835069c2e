package dev.propensity.server.feedback;

/**
 * An outcome paired with the latest score its lead had been given when the outcome arrived: one training
 * example, labelled by the CRM and described by the input as it was scored.
 *
 * @param outcome the stored outcome
 * @param score   the lead's latest score logged at or before {@code outcome.receivedAt()}, with its input,
 *                model version and probability
 */
public record OutcomeWithInput(StoredOutcome outcome, ScoreRecord score) {
}
