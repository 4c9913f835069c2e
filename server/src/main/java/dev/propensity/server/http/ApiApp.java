package dev.propensity.server.http;

import dev.propensity.server.api.Json;
import dev.propensity.server.config.CrmMappings;
import dev.propensity.server.contract.OpenApiDocument;
import dev.propensity.server.config.Scope;
import dev.propensity.server.report.LiveGrades;
import dev.propensity.server.report.LiveReportService;
import dev.propensity.server.report.VersionReports;
import dev.propensity.server.scoring.StoredEvents;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;

/** Builds the Javalin app: every route with the scope it needs, the filters, and the error mapping. */
public final class ApiApp {
    /**
     * The buffer Javalin copies each answer through to Jetty, allocated per response. Javalin's default is Jetty's
     * output buffer size, 32 KB, for answers of a few KB: that buffer was half of all the bytes a score request
     * allocated. Jetty still buffers the output itself; a large answer is merely copied in more steps.
     */
    public static final int RESPONSE_COPY_BUFFER_BYTES = 4096;

    private ApiApp() {
    }

    /**
     * A pool of exactly {@code threads} threads ({@code --http-threads}). Javalin's default pool lets a score
     * request's thread wait behind twenty others for a lone core: pinned to one core at 16 connections its threads
     * waited 16 ms on average to run (perf sched) and the p99 was 83-107 ms, against 13-15 ms with 4 threads. Not the
     * default: sharing two cores with the clients, 4 threads did worse (server/CONFIG.md).
     */
    public static org.eclipse.jetty.util.thread.QueuedThreadPool fixedPool(int threads) {
        org.eclipse.jetty.util.thread.QueuedThreadPool pool =
                new org.eclipse.jetty.util.thread.QueuedThreadPool(threads, threads);
        pool.setName("JettyServerThreadPool");
        return pool;
    }

    /** The app without CRM mappings, not started; {@code catalog} receives every route registered. */
    public static Javalin create(ApiServices s, RouteCatalog catalog) {
        return create(s, catalog, CrmMappings.NONE);
    }

    /** The app, not started, reading leads and outcomes with the CRM's {@code crm} mappings. */
    public static Javalin create(ApiServices s, RouteCatalog catalog, CrmMappings crm) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            if (s.limits().httpThreads() > 0) {
                config.jetty.threadPool = fixedPool(s.limits().httpThreads());
            }
            config.http.prefer405over404 = true;
            // Javalin's own limit applies to its body readers; JsonBody enforces the same limit while streaming.
            config.http.maxRequestSize = s.limits().maxBodyBytes();
            config.http.responseBufferSize = RESPONSE_COPY_BUFFER_BYTES;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.events(events -> events.handlerAdded(catalog::added));
            Dashboard.serve(config);
        });
        Authenticator auth = new Authenticator(s.keys());
        app.before(s.observer()::before);
        app.before("/v1/*", auth::authenticate);
        app.before("/reports", auth::authenticateHeaderOrQuery);
        app.before("/reports/*", auth::authenticateHeaderOrQuery);
        app.beforeMatched(auth::authorize);
        app.after(s.observer()::after);
        ErrorMapper.register(app);

        JsonBody body = new JsonBody(s.limits().maxBodyBytes());
        OpsHandler ops = new OpsHandler(s.holder(), s.metrics());
        app.get("/health", ops::health);
        app.get("/ready", ops::ready);
        app.get("/metrics", ops::metrics);
        app.get("/openapi.json", new OpenApiHandler(s.holder(), new OpenApiDocument(crm.aliases(), crm.stages())));

        StoredEvents stored = new StoredEvents(s.store());
        app.post("/v1/score", new ScoreHandler(body, s.holder(), s.scoreLog(), crm.aliases(), stored), Scope.SCORE);
        app.post("/v1/score/batch", new BatchScoreHandler(body, s.holder(), s.scoreLog(), s.limits().maxBatch(),
                crm.aliases(), stored), Scope.SCORE);
        app.post("/v1/accounts/score", new AccountsHandler(body, s.holder(), stored, Clock.systemUTC(),
                s.limits().maxBatch()), Scope.SCORE);
        app.post("/v1/events", new EventsHandler(body, s.store()), Scope.FEEDBACK);

        ModelsHandler models = new ModelsHandler(s.registry(), s.holder());
        ChampionChangeHandler changes = new ChampionChangeHandler(s.registry(), s.watcher(), s.announce(), body);
        app.get("/v1/models", models::list, Scope.SCORE);
        app.get("/v1/models/champion", models::champion, Scope.SCORE);
        app.get("/v1/models/champion/schema", new ChampionSchemaHandler(s.holder()), Scope.SCORE);
        app.get("/v1/key", new KeyHandler());
        app.post("/v1/models/{version}/promote", changes::promote, Scope.ADMIN);
        app.post("/v1/models/rollback", changes::rollback, Scope.ADMIN);

        app.post("/v1/outcomes", new OutcomesHandler(body, s.store(), s.scoreLog(), crm.stages()), Scope.FEEDBACK);

        RetrainHandler retrain = new RetrainHandler(s.retrainJobs());
        app.post("/v1/retrain", retrain::start, Scope.ADMIN);
        app.get("/v1/retrain/{id}", retrain::status, Scope.ADMIN);

        ReportsHandler reports = new ReportsHandler(s.registry(), new VersionReports(s.registry()),
                new LiveReportService(s.registry(), s.store(), Clock.systemUTC()), s.scoreLog());
        app.get("/reports", reports::index, Scope.SCORE);
        // Before {version}, which would otherwise take "live" for a malformed version.
        app.get("/reports/live", reports::live, Scope.SCORE);
        app.get("/reports/live/grades", new GradeReportHandler(new LiveGrades(s.store(), Clock.systemUTC()), s.scoreLog()),
                Scope.SCORE);
        app.get("/reports/{version}", reports::version, Scope.SCORE);
        return app;
    }
}
