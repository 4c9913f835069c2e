package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.EventLookup;
import dev.propensity.server.scoring.LeadScorer;
import dev.propensity.server.scoring.LoadedModel;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code POST /v1/score}: one lead in, its score and reasons out. */
public final class ScoreHandler implements Handler {
    private final JsonBody body;
    private final ChampionHolder holder;
    private final ScoreLog log;
    private final EventLookup events;

    public ScoreHandler(JsonBody body, ChampionHolder holder, ScoreLog log) {
        this(body, holder, log, EventLookup.NONE);
    }

    /** @param events activity events recorded earlier, for versions that learnt from events */
    public ScoreHandler(JsonBody body, ChampionHolder holder, ScoreLog log, EventLookup events) {
        this.body = body;
        this.holder = holder;
        this.log = log;
        this.events = events;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode lead = body.read(ctx);
        if (!lead.isObject()) {
            throw ApiException.badRequest("expected_object", "expected a JSON object of lead fields");
        }
        LoadedModel model = ChampionSnapshot.require(holder);
        ctx.attribute(RequestObserver.MODEL_VERSION, model.version());
        ScoreResponse response = LeadScorer.score(model, (ObjectNode) lead, events, java.time.Instant.now());
        log.record(response, lead, ctx.attribute(RequestObserver.REQUEST_ID));
        ctx.json(response);
    }
}
