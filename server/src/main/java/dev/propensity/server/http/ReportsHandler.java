package dev.propensity.server.http;

import dev.propensity.registry.ModelRegistry;
import dev.propensity.report.ReportFiles;
import dev.propensity.report.ReportIndex;
import dev.propensity.server.report.LiveReportService;
import dev.propensity.server.report.ReportWindow;
import dev.propensity.server.report.VersionReports;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /reports}, {@code /reports/{version}} and {@code /reports/live}: the reports as pages or JSON,
 * chosen by {@link ReportFormat}. Both come from the same report, so they always say the same numbers.
 */
public final class ReportsHandler {
    /** Where the routes live, the base of the index's links. */
    static final String BASE = "/reports/";

    private final ModelRegistry registry;
    private final VersionReports versions;
    private final LiveReportService live;
    private final ScoreLog scoreLog;

    public ReportsHandler(ModelRegistry registry, VersionReports versions, LiveReportService live, ScoreLog scoreLog) {
        this.registry = registry;
        this.versions = versions;
        this.live = live;
        this.scoreLog = scoreLog;
    }

    public void index(Context ctx) {
        send(ctx, ReportFiles.files(ReportIndex.of(registry, BASE)));
    }

    public void version(Context ctx) {
        send(ctx, versions.files(VersionParam.of(ctx)));
    }

    public void live(Context ctx) throws InterruptedException {
        ReportWindow window = DaysParam.of(ctx);
        // Scores are logged in the background; the report should count every lead scored before it was asked for.
        scoreLog.flush();
        send(ctx, ReportFiles.files(live.build(window)));
    }

    private static void send(Context ctx, Map<String, byte[]> files) {
        ReportFormat format = ReportFormat.of(ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        ctx.header("Cache-Control", "no-store");
        // The page may have been opened with ?key=…; no referrer keeps the key from travelling with a click.
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.contentType(format.contentType())
                .result(files.get(format == ReportFormat.JSON ? ReportFiles.JSON_FILE : ReportFiles.HTML_FILE));
    }
}
