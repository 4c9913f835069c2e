package dev.propensity.server.api;

import java.util.List;

/**
 * What {@code GET /v1/key} says about the key a request was sent with, so a client can offer only what the key
 * may do. Never the secret.
 *
 * @param name   the key's name from the configuration
 * @param scopes its scopes, such as "score" and "admin"
 */
public record KeyView(String name, List<String> scopes) {
    public KeyView {
        scopes = List.copyOf(scopes);
    }
}
