package dev.propensity.server.scoring;

import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.server.config.GradingConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link ChampionHolder} on the registry's champion. Each poll reads only the small alias file;
 * when it names a version not tried before, that version is loaded and checked, and swapped in only if it
 * passes. A refused version is logged and counted, the old model keeps serving, and it is not retried until
 * the alias names something else (a broken version stays broken; retrying would only flood the log).
 */
public final class ChampionWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChampionWatcher.class);

    private final ModelRegistry registry;
    private final ModelVersionLoader loader;
    private final ChampionHolder holder;
    private final Counter reloads;
    private final Counter failures;
    private final ScheduledExecutorService timer;
    // Only the timer thread and start-up touch this, never at the same time.
    private volatile int lastTried;

    public ChampionWatcher(ModelRegistry registry, ChampionHolder holder, MeterRegistry meters) {
        this(registry, holder, meters, GradingConfig.NONE);
    }

    /** @param grading the override rules and thresholds every loaded version grades with */
    public ChampionWatcher(ModelRegistry registry, ChampionHolder holder, MeterRegistry meters, GradingConfig grading) {
        this.registry = registry;
        this.loader = new ModelVersionLoader(registry, grading);
        this.holder = holder;
        this.reloads = Counter.builder("propensity_model_reloads").description("champion versions loaded").register(meters);
        this.failures = Counter.builder("propensity_model_reload_failures")
                .description("champion versions refused or alias reads that failed").register(meters);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "champion-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Polls once now (so a champion serves from the first request) and then every {@code interval}. */
    public void start(Duration interval) {
        poll();
        timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Checks the alias once and loads a new champion if it names one. Never throws. */
    public synchronized void poll() {
        Optional<ModelVersion> champion;
        try {
            champion = registry.champion();
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warn("cannot read the champion alias, still serving {}: {}", serving(), e.getMessage());
            return;
        }
        if (champion.isEmpty() || champion.get().number() == lastTried) {
            return;
        }
        int version = champion.get().number();
        lastTried = version;
        try {
            LoadedModel loaded = loader.load(version);
            holder.swap(loaded);
            reloads.increment();
            LOG.info("now serving model v{}", version);
        } catch (ModelRefusedException e) {
            failures.increment();
            LOG.error("{}; still serving {}", e.getMessage(), serving());
        }
    }

    private String serving() {
        return holder.current().map(m -> "v" + m.version()).orElse("no model");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
