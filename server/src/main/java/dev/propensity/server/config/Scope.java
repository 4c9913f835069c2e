package dev.propensity.server.config;

import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API key may do. Also a Javalin route role, so each route declares the scope it needs where it is
 * registered.
 */
public enum Scope implements RouteRole {
    /** Score leads. */
    SCORE,
    /** Post outcomes of closed leads. */
    FEEDBACK,
    /** Promote and roll back models. */
    ADMIN;

    /** The scope as written in a keys file, such as {@code score}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope with this wire name, empty when there is none. */
    public static Optional<Scope> fromWireName(String text) {
        for (Scope scope : values()) {
            if (scope.wireName().equals(text)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
