package dev.propensity.server.api;

/**
 * The optional body of a promotion or rollback.
 *
 * @param why the reason recorded in the registry's history
 */
public record ChangeRequest(String why) {
}
