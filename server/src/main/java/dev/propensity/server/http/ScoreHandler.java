package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.server.api.Json;
import dev.propensity.server.api.ScoreAnswerWriter;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.crm.FieldAliases;
import dev.propensity.server.crm.WriteBack;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.EventLookup;
import dev.propensity.server.scoring.LeadScorer;
import dev.propensity.server.scoring.LoadedModel;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /v1/score}: one lead in, its score and reasons out, or the flat write-back properties. The lead may
 * use the CRM's names for fields (the aliases file); it is scored and logged under the schema's names.
 */
public final class ScoreHandler implements Handler {
    private final JsonBody body;
    private final ChampionHolder holder;
    private final ScoreLog log;
    private final FieldAliases aliases;
    private final EventLookup events;

    public ScoreHandler(JsonBody body, ChampionHolder holder, ScoreLog log, FieldAliases aliases) {
        this(body, holder, log, aliases, EventLookup.NONE);
    }

    /**
     * @param aliases the CRM's names for the schema's fields
     * @param events  activity events recorded earlier, for versions that learnt from events
     */
    public ScoreHandler(JsonBody body, ChampionHolder holder, ScoreLog log, FieldAliases aliases, EventLookup events) {
        this.body = body;
        this.holder = holder;
        this.log = log;
        this.aliases = aliases;
        this.events = events;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        AnswerFormat format = AnswerFormat.of(ctx);
        JsonBody.Read read = body.readWithText(ctx);
        JsonNode lead = read.tree();
        if (!lead.isObject()) {
            throw ApiException.badRequest("expected_object", "expected a JSON object of lead fields");
        }
        LoadedModel model = ChampionSnapshot.require(holder);
        ctx.attribute(RequestObserver.MODEL_VERSION, model.version());
        ObjectNode named = aliases.bind(model.version(), model.schema()).canonical((ObjectNode) lead);
        ScoreResponse response = LeadScorer.score(model, named, events, java.time.Instant.now());
        // The input is logged as sent when no alias renamed a field: the same JSON as the tree's, without writing
        // the tree out again on the request's thread (it was about a twentieth of a request's work).
        String input = named == lead && read.text() != null ? read.text() : named.toString();
        log.record(response, input, ctx.attribute(RequestObserver.REQUEST_ID));
        ctx.contentType(format.contentType(ctx));
        if (format == AnswerFormat.FLAT) {
            ctx.result(Json.MAPPER.writeValueAsBytes(WriteBack.of(response)));
        } else {
            // Jetty buffers the answer and sets its Content-Length when the request completes.
            ScoreAnswerWriter.writeTo(response, ctx.outputStream());
        }
    }
}
