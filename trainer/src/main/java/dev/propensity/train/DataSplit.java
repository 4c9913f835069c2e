package dev.propensity.train;

/**
 * Which rows train the model and which judge it.
 *
 * @param train  training row indices
 * @param test   held-out row indices
 * @param method "time" (the latest rows held out) or "stratified" (random, same win rate in both parts)
 */
public record DataSplit(int[] train, int[] test, String method) {
}
