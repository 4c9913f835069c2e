/**
 * What lets several servers behind one load balancer act as one (issue 14): a champion change made through any
 * of them, or the CLI, is announced on a PostgreSQL channel ({@link dev.propensity.server.replicas.ChampionNotifier})
 * and each server listens for it on a connection of its own
 * ({@link dev.propensity.server.replicas.ChampionListener}), re-reading the registry's alias at once instead of
 * at its next poll. The alias file stays the one truth: a lost notification only costs the polling delay.
 * The shared retrain slot lives with the jobs in {@code retrain.StoredJobBoard}.
 */
package dev.propensity.server.replicas;
