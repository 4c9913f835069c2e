/**
 * Scoring with the champion: the immutable {@link dev.propensity.server.scoring.LoadedModel}, the holder
 * that swaps it atomically, the watcher that loads and checks a newly promoted version, and the code that
 * turns a JSON lead into a score with reasons a sales rep can read.
 */
package dev.propensity.server.scoring;
