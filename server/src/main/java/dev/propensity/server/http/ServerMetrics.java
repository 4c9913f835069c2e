package dev.propensity.server.http;

import dev.propensity.server.feedback.ScoreLogWriter;
import dev.propensity.server.scoring.ChampionHolder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The server's Prometheus metrics: requests by route and status with a latency histogram, errors by code,
 * the distribution of scores given, the model version in use, and (registered by the watcher on the same
 * registry) model reloads and their failures.
 */
public final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final DistributionSummary scores;
    // Route templates, methods and statuses are few, so this stays small.
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    /** One request series of the latency histogram. */
    private record Series(String method, String route, int status) {
    }

    public ServerMetrics(ChampionHolder holder, ScoreLogWriter scoreLog) {
        Gauge.builder("propensity_model_version", holder, h -> h.current().map(m -> (double) m.version()).orElse(0.0))
                .description("the model version being served, 0 when none").register(registry);
        Gauge.builder("propensity_score_log_dropped", scoreLog, w -> w.counts().dropped() + w.counts().failed())
                .description("scores that could not be logged to the feedback store").register(registry);
        this.scores = DistributionSummary.builder("propensity_score")
                .description("scores given, 0 to 100")
                .serviceLevelObjectives(10, 20, 30, 40, 50, 60, 70, 80, 90, 100)
                .register(registry);
    }

    /** The registry, for other components' meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void request(String method, String route, int status, Duration duration) {
        request(method, route, status, duration.toNanos());
    }

    /** Records one request; the timer of each series is built once (building one per request sorted tags every time). */
    public void request(String method, String route, int status, long nanos) {
        Series series = new Series(method, route, status);
        Timer timer = timers.get(series);
        if (timer == null) {
            timer = timers.computeIfAbsent(series, this::timer);
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Series series) {
        return Timer.builder("propensity_http_requests")
                .description("HTTP requests by route template and status")
                .tags("method", series.method(), "route", series.route(), "status", Integer.toString(series.status()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    public void error(String code) {
        Counter.builder("propensity_http_errors").description("error answers by code").tag("code", code)
                .register(registry).increment();
    }

    public void score(int score) {
        scores.record(score);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
