package dev.propensity.server.config;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One API key as configured. The secret never appears in {@link #toString()}, because configurations are
 * logged.
 *
 * @param name   who holds the key, for logs and metrics
 * @param secret the bearer token itself
 * @param scopes what the key may do
 */
public record KeySpec(String name, String secret, Set<Scope> scopes) {
    /** Shorter secrets are refused: they could be guessed. */
    public static final int MIN_SECRET_LENGTH = 16;

    public KeySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    @Override
    public String toString() {
        return "KeySpec[name=" + name + ", scopes=" + scopes + ", secret=****]";
    }
}
