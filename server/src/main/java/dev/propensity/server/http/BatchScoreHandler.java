package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.server.api.Json;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.crm.FieldAliases;
import dev.propensity.server.crm.LeadFieldNames;
import dev.propensity.server.crm.WriteBack;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.EventLookup;
import dev.propensity.server.scoring.LeadScorer;
import dev.propensity.server.scoring.LoadedModel;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/score/batch}: an array of leads in, an array of answers out, all by one model version.
 * A batch over the limit is answered 413 (the request as a whole is too large for the server, even when its
 * byte size is within the body limit). A bad lead fails the whole batch, naming its index: nothing is
 * scored or logged, so a client can fix and resend the batch without duplicates. Leads may use the CRM's names
 * for fields, and {@code ?format=flat} answers each with its flat write-back properties.
 */
public final class BatchScoreHandler implements Handler {
    private final JsonBody body;
    private final ChampionHolder holder;
    private final ScoreLog log;
    private final int maxBatch;
    private final FieldAliases aliases;
    private final EventLookup events;

    public BatchScoreHandler(JsonBody body, ChampionHolder holder, ScoreLog log, int maxBatch, FieldAliases aliases) {
        this(body, holder, log, maxBatch, aliases, EventLookup.NONE);
    }

    /**
     * @param aliases the CRM's names for the schema's fields
     * @param events  activity events recorded earlier, for versions that learnt from events
     */
    public BatchScoreHandler(JsonBody body, ChampionHolder holder, ScoreLog log, int maxBatch, FieldAliases aliases,
                             EventLookup events) {
        this.body = body;
        this.holder = holder;
        this.log = log;
        this.maxBatch = maxBatch;
        this.aliases = aliases;
        this.events = events;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        AnswerFormat format = AnswerFormat.of(ctx);
        JsonNode leads = body.read(ctx);
        if (!leads.isArray()) {
            throw ApiException.badRequest("expected_array", "expected a JSON array of lead objects");
        }
        if (leads.isEmpty()) {
            throw ApiException.badRequest("empty_batch", "expected at least one lead in the array");
        }
        if (leads.size() > maxBatch) {
            throw ApiException.tooLarge("batch_too_large",
                    "a batch may hold at most " + maxBatch + " leads, got " + leads.size());
        }
        LoadedModel model = ChampionSnapshot.require(holder);
        ctx.attribute(RequestObserver.MODEL_VERSION, model.version());
        LeadFieldNames names = aliases.bind(model.version(), model.schema());
        List<ScoreResponse> answers = new ArrayList<>(leads.size());
        java.time.Instant now = java.time.Instant.now();
        List<ObjectNode> named = new ArrayList<>(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            JsonNode lead = leads.get(i);
            if (!lead.isObject()) {
                throw ApiException.invalidField("[" + i + "]", "[" + i + "]: expected a JSON object of lead fields");
            }
            try {
                named.add(names.canonical((ObjectNode) lead));
                answers.add(LeadScorer.score(model, named.get(i), events, now));
            } catch (InvalidFieldException e) {
                throw ApiException.invalidField("[" + i + "]." + e.field(), "[" + i + "]." + e.getMessage());
            }
        }
        String requestId = ctx.attribute(RequestObserver.REQUEST_ID);
        for (int i = 0; i < answers.size(); i++) {
            log.record(answers.get(i), named.get(i), requestId);
        }
        Object answer = format == AnswerFormat.FLAT ? answers.stream().map(WriteBack::of).toList() : answers;
        ctx.contentType(format.contentType(ctx)).result(Json.MAPPER.writeValueAsBytes(answer));
    }
}
