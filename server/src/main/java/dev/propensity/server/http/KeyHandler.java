package dev.propensity.server.http;

import dev.propensity.server.api.KeyView;
import dev.propensity.server.config.Scope;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /v1/key}: the name and scopes of the key the request carries (any valid key may ask), so that the
 * dashboard shows promote and rollback only to admin keys instead of letting a person find out by a 403.
 */
public final class KeyHandler implements Handler {
    @Override
    public void handle(Context ctx) {
        KeyRing.Holder holder = ctx.attribute(Authenticator.HOLDER);
        // The /v1 filter has authenticated the request, so there is always a holder here.
        ctx.json(new KeyView(holder.name(), holder.scopes().stream().sorted().map(Scope::wireName).toList()));
    }
}
