/**
 * Retraining from the feedback loop: the champion's own training data plus the CRM's outcomes, each joined
 * with the input its lead had when it was scored, are written to one Parquet snapshot; a challenger is trained
 * on it and judged against the champion on the most recent outcomes, which neither model learned from; the
 * decision and both sets of figures go into the registry's history. The challenger is graded as the champion was
 * ({@code ChallengerGrading}) and keeps the champion's personas and persona input ({@code ChallengerPersonas}).
 *
 * <p>{@link dev.propensity.server.retrain.RetrainService} does one run and is what the {@code retrain} verb
 * calls; {@link dev.propensity.server.retrain.RetrainJobs} runs them one at a time in the background for the
 * HTTP layer ({@code POST /v1/retrain}, {@code GET /v1/retrain/{id}}).
 */
package dev.propensity.server.retrain;
