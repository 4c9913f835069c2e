package dev.propensity.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.server.retrain.RetrainJobs;
import io.javalin.http.Context;
import java.util.concurrent.RejectedExecutionException;

/**
 * {@code POST /v1/retrain} starts a retrain in the background and answers 202 with the job at once;
 * {@code GET /v1/retrain/{id}} reports its state, stage and, once finished, the decision with both metric sets.
 */
public final class RetrainHandler {
    private final RetrainJobs jobs;

    public RetrainHandler(RetrainJobs jobs) {
        this.jobs = jobs;
    }

    public void start(Context ctx) {
        KeyRing.Holder holder = ctx.attribute(Authenticator.HOLDER);
        String who = holder == null ? "api" : "api key '" + holder.name() + "'";
        String id;
        try {
            id = jobs.submit(who);
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "shutting_down", "the server is stopping and takes no new retrain", null);
        }
        // With replicas the id may be another server's job already under way: the answer is that job.
        ObjectNode job = jobs.view(id).orElseThrow();
        ctx.status(202).header("Location", "/v1/retrain/" + id).json(job);
    }

    public void status(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode job = jobs.view(id).orElseThrow(() ->
                new ApiException(404, "unknown_retrain", "no retrain job '" + id + "'", "id"));
        ctx.json(job);
    }
}
