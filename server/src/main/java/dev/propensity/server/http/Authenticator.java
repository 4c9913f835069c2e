package dev.propensity.server.http;

import dev.propensity.server.config.Scope;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer-key authentication in two steps: {@link #authenticate} runs before every {@code /v1} request and
 * answers 401 (with {@code WWW-Authenticate}) for a missing or unknown key; {@link #authorize} runs once the
 * route is known and answers 403 when the key lacks the scope the route was registered with.
 *
 * <p>The report pages are opened in browsers, which cannot send a bearer header from the address bar, so
 * {@link #authenticateHeaderOrQuery} also takes the key as {@code ?key=}. A query string ends up in logs, so it is
 * allowed there only, and the access log records route templates, never query strings.
 */
public final class Authenticator {
    /** The request attribute holding the caller's {@link KeyRing.Holder}. */
    public static final String HOLDER = "propensity.key_holder";
    private static final String PREFIX = "Bearer ";
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"propensity\"");

    private final KeyRing keys;

    public Authenticator(KeyRing keys) {
        this.keys = keys;
    }

    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new ApiException(401, "unauthorized", "send an API key as 'Authorization: Bearer <key>'", null, CHALLENGE);
        }
        accept(ctx, header.substring(PREFIX.length()).strip());
    }

    /** As {@link #authenticate}, but a request without the header may carry the key as {@code ?key=}. */
    public void authenticateHeaderOrQuery(Context ctx) {
        String query = ctx.queryParam("key");
        if (ctx.header("Authorization") == null && query != null && !query.isBlank()) {
            accept(ctx, query.strip());
        } else {
            authenticate(ctx);
        }
    }

    private void accept(Context ctx, String key) {
        Optional<KeyRing.Holder> holder = keys.find(key);
        if (holder.isEmpty()) {
            throw new ApiException(401, "unauthorized", "the API key is not valid", null, CHALLENGE);
        }
        ctx.attribute(HOLDER, holder.get());
    }

    public void authorize(Context ctx) {
        Set<RouteRole> needed = ctx.routeRoles();
        KeyRing.Holder holder = ctx.attribute(HOLDER);
        if (needed.isEmpty() || holder == null) {
            return;
        }
        for (RouteRole role : needed) {
            if (!holder.scopes().contains((Scope) role)) {
                throw new ApiException(403, "forbidden", "this API key lacks the '" + ((Scope) role).wireName()
                        + "' scope this route needs", null);
            }
        }
    }
}
