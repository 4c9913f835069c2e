package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.registry.HistoryEntry;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.server.api.ChampionChange;
import dev.propensity.server.scoring.ChampionWatcher;
import dev.propensity.server.scoring.ModelVersionLoader;
import io.javalin.http.Context;
import java.util.function.IntConsumer;

/**
 * {@code POST /v1/models/{version}/promote} and {@code POST /v1/models/rollback} (admin scope). A version is
 * checked the way the server checks a model before serving it, before the alias moves, so the API cannot
 * promote what this server would refuse. The watcher is then polled at once, so the answer's change is in
 * effect for the caller's next request, and the other servers on the store are told (issue 14), so theirs is too
 * within about a second.
 */
public final class ChampionChangeHandler {
    private final ModelRegistry registry;
    private final ChampionWatcher watcher;
    private final IntConsumer announce;
    private final JsonBody body;

    public ChampionChangeHandler(ModelRegistry registry, ChampionWatcher watcher, IntConsumer announce, JsonBody body) {
        this.registry = registry;
        this.watcher = watcher;
        this.announce = announce;
        this.body = body;
    }

    public void promote(Context ctx) {
        int version = version(ctx.pathParam("version"));
        String why = why(ctx);
        registry.version(version); // an unknown version is a 404, not a refused model
        new ModelVersionLoader(registry).load(version);
        HistoryEntry entry = registry.promote(version, who(ctx), why, null);
        watcher.poll();
        announce.accept(entry.to());
        ctx.json(view(entry));
    }

    public void rollback(Context ctx) {
        String why = why(ctx);
        HistoryEntry entry = registry.rollback(who(ctx), why);
        watcher.poll();
        announce.accept(entry.to());
        ctx.json(view(entry));
    }

    private static int version(String text) {
        String digits = text.startsWith("v") || text.startsWith("V") ? text.substring(1) : text;
        try {
            int version = Integer.parseInt(digits);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidField("version", "version: expected a version number such as 3 or v3, got '" + text + "'");
    }

    private String why(Context ctx) {
        JsonNode node = body.readOptional(ctx);
        if (node == null) {
            return null;
        }
        if (!node.isObject() || (node.has("why") && !node.get("why").isTextual())) {
            throw ApiException.invalidField("why", "why: expected a body {\"why\": \"a reason\"}");
        }
        return node.path("why").asText(null);
    }

    private static String who(Context ctx) {
        KeyRing.Holder holder = ctx.attribute(Authenticator.HOLDER);
        return holder == null ? "api" : "api:" + holder.name();
    }

    private static ChampionChange view(HistoryEntry entry) {
        return new ChampionChange(entry.action().word(),
                entry.from().isPresent() ? entry.from().getAsInt() : null, entry.to(), entry.who(), entry.why(),
                entry.at(), entry.metrics());
    }
}
