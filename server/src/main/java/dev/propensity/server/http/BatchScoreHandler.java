package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.scoring.ChampionHolder;
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
 * scored or logged, so a client can fix and resend the batch without duplicates. The same holds when the score
 * log is behind: the batch's scores are queued all or none, and a 503 leaves none of them logged.
 */
public final class BatchScoreHandler implements Handler {
    private final JsonBody body;
    private final ChampionHolder holder;
    private final ScoreLog log;
    private final int maxBatch;

    public BatchScoreHandler(JsonBody body, ChampionHolder holder, ScoreLog log, int maxBatch) {
        this.body = body;
        this.holder = holder;
        this.log = log;
        this.maxBatch = maxBatch;
    }

    @Override
    public void handle(Context ctx) {
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
        List<ScoreResponse> answers = new ArrayList<>(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            JsonNode lead = leads.get(i);
            if (!lead.isObject()) {
                throw ApiException.invalidField("[" + i + "]", "[" + i + "]: expected a JSON object of lead fields");
            }
            try {
                answers.add(LeadScorer.score(model, (ObjectNode) lead));
            } catch (InvalidFieldException e) {
                throw ApiException.invalidField("[" + i + "]." + e.field(), "[" + i + "]." + e.getMessage());
            }
        }
        List<JsonNode> inputs = new ArrayList<>(leads.size());
        leads.forEach(inputs::add);
        log.recordAll(answers, inputs, ctx.attribute(RequestObserver.REQUEST_ID));
        ctx.json(answers);
    }
}
