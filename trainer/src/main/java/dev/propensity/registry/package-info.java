/**
 * The model registry: every trained model kept as an immutable, numbered version folder
 * ({@code models/v1}, {@code models/v2}, …) with a {@code champion} alias choosing the one in use and an
 * append-only {@code history.jsonl} of promotions, rollbacks and refused challengers.
 *
 * <p>{@link dev.propensity.registry.ModelRegistry} is the only entry point. Every write is crash-safe:
 * a version appears by an atomic rename of a finished folder, the alias is replaced by an atomic move, and
 * all of it happens under one lock file so two processes never take the same number.
 */
package dev.propensity.registry;
