package dev.propensity.server.http;

import dev.propensity.server.api.Status;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.LoadedModel;
import io.javalin.http.Context;

/** {@code /health}, {@code /ready} and {@code /metrics}: for load balancers and Prometheus, without a key. */
public final class OpsHandler {
    private final ChampionHolder holder;
    private final ServerMetrics metrics;

    public OpsHandler(ChampionHolder holder, ServerMetrics metrics) {
        this.holder = holder;
        this.metrics = metrics;
    }

    /** The process answers: nothing more is claimed. */
    public void health(Context ctx) {
        ctx.json(new Status("ok", version()));
    }

    /** 200 once a champion is loaded, 503 before, so no traffic is sent to a server that cannot score. */
    public void ready(Context ctx) {
        Integer version = version();
        if (version == null) {
            ctx.header("Retry-After", ChampionSnapshot.RETRY_AFTER_SECONDS);
        }
        ctx.status(version == null ? 503 : 200).json(new Status(version == null ? "not_ready" : "ready", version));
    }

    public void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    private Integer version() {
        return holder.current().map(LoadedModel::version).orElse(null);
    }
}
