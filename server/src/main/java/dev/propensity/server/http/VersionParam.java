package dev.propensity.server.http;

import dev.propensity.registry.RegistryException;
import dev.propensity.registry.VersionLabel;
import io.javalin.http.Context;

/**
 * The {@code {version}} of a route, read by the registry's own {@link VersionLabel} (so {@code 3} and {@code v3}
 * mean the same on every route and {@code 007} is refused on every route), a 400 naming the field otherwise.
 */
final class VersionParam {
    private VersionParam() {
    }

    static int of(Context ctx) {
        try {
            return VersionLabel.parse(ctx.pathParam("version"));
        } catch (RegistryException e) {
            throw new ApiException(400, "invalid_version", e.getMessage(), "version");
        }
    }
}
