package dev.propensity.server.http;

import dev.propensity.server.api.Json;
import dev.propensity.server.contract.OpenApiDocument;
import dev.propensity.server.scoring.ChampionHolder;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.0.3 document for the champion being served, with this server's
 * address as its {@code servers} entry (behind a proxy, from the {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} headers). A test checks that it lists exactly the routes the app registers.
 */
public final class OpenApiHandler implements Handler {
    private final ChampionHolder holder;
    private final OpenApiDocument document;

    public OpenApiHandler(ChampionHolder holder, OpenApiDocument document) {
        this.holder = holder;
        this.document = document;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        ctx.contentType("application/json")
                .result(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document.build(holder.current(), serverUrl(ctx))));
    }

    private static String serverUrl(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        String host = ctx.header("X-Forwarded-Host");
        String scheme = proto == null || proto.isBlank() ? ctx.scheme() : proto.split(",", 2)[0].strip();
        String authority = host == null || host.isBlank() ? ctx.host() : host.split(",", 2)[0].strip();
        return scheme + "://" + (authority == null ? "localhost" : authority);
    }
}
