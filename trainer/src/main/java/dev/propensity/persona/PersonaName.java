package dev.propensity.persona;

import java.util.Optional;

/**
 * What the data team calls one persona, from the persona file.
 *
 * @param id          the persona's stable id (P1, P2, ...), kept across retrains
 * @param name        a short name ("Early adopters")
 * @param description what the team means by it
 * @param owner       who looks after it (a customer-success manager, say), optional
 */
public record PersonaName(String id, String name, String description, Optional<String> owner) {
}
