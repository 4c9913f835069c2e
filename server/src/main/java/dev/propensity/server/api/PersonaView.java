package dev.propensity.server.api;

/**
 * The persona of a scored lead (issue 9).
 *
 * @param id     P1, P2, ... or {@code unknown} when too few of the persona fields were given
 * @param name   the data team's name for it
 * @param margin how sure: 1 - d₁/d₂, the distance to the nearest persona against the next one (0 a tie)
 * @param basis  {@code survey and fit} when survey answers were used, else {@code fit only}
 */
public record PersonaView(String id, String name, double margin, String basis) {
}
