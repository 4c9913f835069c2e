package dev.propensity.server.http;

import dev.propensity.server.api.OutcomeList;
import dev.propensity.server.api.OutcomeView;
import dev.propensity.server.crm.StageMap;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.OutcomeRequest;
import dev.propensity.server.feedback.OutcomeResult;
import dev.propensity.server.feedback.OutcomeValidator;
import dev.propensity.server.feedback.StoredOutcome;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/outcomes} (feedback scope): one outcome or an array, stored all-or-nothing and answered
 * only after the commit: 201 when anything was created, 200 when every outcome repeated an earlier post. The
 * outcome may be a CRM deal stage configured in the {@link StageMap}; any other stage is answered 422.
 *
 * <p>The score log is written in the background, so a lead scored a moment ago may not be in the store yet;
 * it is flushed first, so that the {@code scored} flag is right for every lead scored before the post.
 */
public final class OutcomesHandler implements Handler {
    private final JsonBody body;
    private final FeedbackStore store;
    private final ScoreLog scoreLog;
    private final StageMap stages;
    private final OutcomeValidator validator = new OutcomeValidator();

    public OutcomesHandler(JsonBody body, FeedbackStore store, ScoreLog scoreLog, StageMap stages) {
        this.body = body;
        this.store = store;
        this.scoreLog = scoreLog;
        this.stages = stages;
    }

    @Override
    public void handle(Context ctx) throws InterruptedException {
        List<OutcomeRequest> requests = stages.translate(OutcomeParser.parse(body.read(ctx)));
        validator.validate(requests);
        scoreLog.flush();
        List<OutcomeResult> results = store.recordOutcomes(requests);
        boolean created = false;
        List<OutcomeView> views = new ArrayList<>();
        for (OutcomeResult result : results) {
            created |= result.status() == OutcomeResult.Status.CREATED;
            views.add(view(result));
        }
        ctx.status(created ? 201 : 200).json(new OutcomeList(views));
    }

    private static OutcomeView view(OutcomeResult result) {
        StoredOutcome o = result.outcome();
        return new OutcomeView(o.id(), o.idempotencyKey(), o.leadId(), o.outcome().wireName(), o.amount().orElse(null),
                o.closeDate(), o.receivedAt(), o.scored(), result.status().name().toLowerCase(Locale.ROOT));
    }
}
