package dev.propensity.server.api;

/**
 * The answer of {@code /health} and {@code /ready}.
 *
 * @param status       ok, ready or not_ready
 * @param modelVersion the version being served, left out when none
 */
public record Status(String status, Integer modelVersion) {
}
