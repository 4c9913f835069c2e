package dev.propensity.server.http;

import dev.propensity.registry.ModelRegistry;
import dev.propensity.server.config.Limits;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.retrain.RetrainJobs;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.ChampionWatcher;

/**
 * What the routes work with, built by {@link PropensityServer} (or a test) and handed to {@link ApiApp}.
 *
 * @param limits   request limits
 * @param keys     the accepted API keys
 * @param registry the model registry
 * @param holder   the model in use
 * @param watcher  the champion watcher, polled after a promotion
 * @param store    the feedback store
 * @param scoreLog where scores are logged
 * @param metrics  the metrics
 * @param observer the request observer (access log, in-flight count)
 * @param retrainJobs background retrains
 * @param announce tells the other servers on the store that the champion changed (a no-op without PostgreSQL)
 */
public record ApiServices(Limits limits, KeyRing keys, ModelRegistry registry, ChampionHolder holder,
                          ChampionWatcher watcher, FeedbackStore store, ScoreLog scoreLog, ServerMetrics metrics,
                          RequestObserver observer, RetrainJobs retrainJobs,
                          java.util.function.IntConsumer announce) {
}
