package dev.propensity.server.http;

import dev.propensity.registry.ModelRegistry;
import dev.propensity.server.config.ServerConfig;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.Dialect;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.ScoreLogWriter;
import dev.propensity.server.replicas.ChampionListener;
import dev.propensity.server.replicas.ChampionNotifier;
import dev.propensity.server.retrain.RetrainJobs;
import dev.propensity.server.retrain.RetrainPolicy;
import dev.propensity.server.retrain.RetrainService;
import dev.propensity.server.retrain.StoredJobBoard;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.ChampionWatcher;
import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running server: the feedback store, the score log writer, the champion watcher and the HTTP app, started
 * together from a {@link ServerConfig} and stopped in the order that loses nothing: stop taking requests,
 * let those in flight finish, stop listening, then drain the score log and close the store.
 */
public final class PropensityServer implements AutoCloseable {
    /** How long shutdown waits for requests in flight. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(PropensityServer.class);

    private final FeedbackStore store;
    private final ScoreLogWriter writer;
    private final ChampionWatcher watcher;
    private final ChampionListener listener;
    private final RequestObserver observer;
    private final RouteCatalog catalog;
    private final Javalin app;
    private final RetrainJobs retrainJobs;
    private boolean closed;

    private PropensityServer(FeedbackStore store, ScoreLogWriter writer, ChampionWatcher watcher,
                             ChampionListener listener, RequestObserver observer, RouteCatalog catalog, Javalin app, RetrainJobs retrainJobs) {
        this.store = store;
        this.writer = writer;
        this.watcher = watcher;
        this.listener = listener;
        this.observer = observer;
        this.catalog = catalog;
        this.app = app;
        this.retrainJobs = retrainJobs;
    }

    /** Opens everything the configuration names and starts listening. */
    public static PropensityServer start(ServerConfig config) {
        // Read first, so that a mistyped value stops the start before anything is opened.
        YieldAfterResponse.Mode yieldMode = YieldAfterResponse.Mode.ofSystemProperty();
        ModelRegistry registry = ModelRegistry.at(config.models());
        DatabaseConfig database = DatabaseConfig.of(config.databaseUrl());
        JdbcFeedbackStore store = JdbcFeedbackStore.open(database);
        // Room for two full batches at least, so that a batch, queued all or nothing, can always fit.
        ScoreLogWriter writer = new ScoreLogWriter(store, Math.max(ScoreLogWriter.DEFAULT_CAPACITY,
                2 * config.limits().maxBatch()), ScoreLogWriter.DEFAULT_BATCH_SIZE, ScoreLogWriter.DEFAULT_LINGER_MILLIS);
        ChampionHolder holder = new ChampionHolder();
        ServerMetrics metrics = new ServerMetrics(holder, writer);
        ChampionWatcher watcher = new ChampionWatcher(registry, holder, metrics.registry(), config.grading());
        watcher.start(config.reloadInterval());
        // With PostgreSQL the servers on one store tell each other of champion changes (issue 14); the poll
        // above stays as the fallback and is all there is on SQLite, which has one server.
        boolean shared = database.dialect() == Dialect.POSTGRESQL;
        ChampionListener listener = shared ? ChampionListener.start(database, watcher::poll) : null;
        IntConsumer announce = shared ? new ChampionNotifier(store.database().dataSource())::championChanged : v -> { };
        RequestObserver observer = new RequestObserver(metrics);
        RetrainJobs retrainJobs = new RetrainJobs(
                new RetrainService(registry, store, RetrainPolicy.DEFAULT, config.snapshots(), Clock.systemUTC()),
                Clock.systemUTC(),
                new StoredJobBoard(store.retrainJobRows(), ManagementFactory.getRuntimeMXBean().getName(), Clock.systemUTC()));
        ApiServices services = new ApiServices(config.limits(), new KeyRing(config.keys()), registry, holder, watcher,
                store, new ScoreLog(writer, metrics, Clock.systemUTC()), metrics, observer, retrainJobs, announce);
        // An aliases file that does not fit the champion is an error now, naming its line, not at the first lead.
        try {
            holder.current().ifPresent(m -> config.crm().aliases().bind(m.version(), m.schema()));
        } catch (RuntimeException e) {
            observer.close();
            retrainJobs.close();
            if (listener != null) {
                listener.close();
            }
            watcher.close();
            writer.close();
            store.close();
            throw e;
        }
        RouteCatalog catalog = new RouteCatalog();
        Javalin app = ApiApp.create(services, catalog, config.crm());
        app.start(config.host(), config.port());
        YieldAfterResponse.installOn(app, yieldMode);
        LOG.info("listening on http://{}:{}, models in {}", config.host(), app.port(), config.models().toAbsolutePath());
        return new PropensityServer(store, writer, watcher, listener, observer, catalog, app, retrainJobs);
    }

    /** Where requests are counted and access-logged. */
    RequestObserver observer() {
        return observer;
    }

    /** The port listened on (the real one when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** The most threads Jetty's pool may run at once. */
    int httpThreadsAtMost() {
        return ((org.eclipse.jetty.util.thread.ThreadPool.SizedThreadPool) app.jettyServer().server().getThreadPool())
                .getMaxThreads();
    }

    /** What makes each HTTP thread yield the core after a response, or null when nothing does. */
    YieldAfterResponse yieldAfterResponse() {
        return YieldAfterResponse.on(app);
    }

    /** The routes the app registered. */
    public List<RouteCatalog.Route> routes() {
        return catalog.routes();
    }

    /** Graceful shutdown; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        observer.drain();
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (observer.inFlight() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        app.stop();
        observer.close();
        retrainJobs.close();
        if (listener != null) {
            listener.close();
        }
        watcher.close();
        writer.close();
        store.close();
        LOG.info("stopped; score log: {}", writer.counts());
    }
}
