package dev.propensity.server.cli;

import dev.propensity.cli.CliErrors;
import dev.propensity.cli.ExitCodes;
import dev.propensity.cli.Logging;
import dev.propensity.cli.ReportCommand;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.report.LiveAlerts;
import dev.propensity.report.LiveReport;
import dev.propensity.report.ReportFiles;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.report.LiveReportService;
import dev.propensity.server.report.ReportWindow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report}, as the launcher runs it: {@code report --live} writes the champion's live report from the
 * feedback store, which only the server side can open; {@code report VERSION} is handed to the trainer's
 * {@link ReportCommand} unchanged. {@link Main} puts this command in place of the trainer's.
 */
@Command(name = "report",
        description = {"report VERSION: prints where a model version's report.html is, or re-creates it (see the "
                + "trainer's report command).",
                "report --live: writes the champion's live report (report.json, report.html) from the feedback store's "
                + "scores and outcomes over the last --days days, and prints its alerts."})
public final class LiveReportCommand implements Callable<Integer> {
    /** The live report's folder inside the registry's reports folder. */
    static final String LIVE_FOLDER = "live";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERSION", description = "The version, as 3 or v3 (not with --live).")
    String version;

    @Option(names = "--live", description = "Report on the champion's recent traffic instead of a version's training.")
    boolean live;

    @Mixin
    StoreOptions where;

    @Option(names = "--days", paramLabel = "DAYS", description = "With --live: the window in days, 1 to 365 (default 30).")
    String days;

    @Option(names = "--out", paramLabel = "DIR", description = "With --live: where to write the files (default DIR/reports/live).")
    Path out;

    @Option(names = "--rebuild", description = "Without --live: re-create the report even when the version has one.")
    boolean rebuild;

    @Option(names = "--open", description = "Open the report in the desktop's browser (without --live).")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (live == (version != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give a VERSION or --live, not " + (live ? "both" : "neither"));
        }
        return live ? live() : delegate();
    }

    private int delegate() {
        List<String> args = new ArrayList<>(List.of(version, "--models", where.registry.path().toString()));
        if (rebuild) {
            args.add("--rebuild");
        }
        if (open) {
            args.add("--open");
        }
        return CliErrors.install(new CommandLine(new ReportCommand())).setOut(spec.commandLine().getOut())
                .setErr(spec.commandLine().getErr()).execute(args.toArray(String[]::new));
    }

    private int live() throws IOException {
        Logging.quietLibraries();
        PrintWriter stdout = spec.commandLine().getOut();
        ReportWindow window = ReportWindow.parse(days, "--days");
        LiveReport report;
        try (FeedbackStore store = JdbcFeedbackStore.open(DatabaseConfig.of(where.db))) {
            report = new LiveReportService(ModelRegistry.at(where.registry.path()), store, Clock.systemUTC()).build(window);
        }
        Path folder = out != null ? out : where.registry.path().resolve(ReportFiles.REPORTS_FOLDER).resolve(LIVE_FOLDER);
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : ReportFiles.files(report).entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        stdout.println("live report of " + report.subject() + " over " + report.windowDays() + " days ("
                + report.scored() + " leads scored, " + report.overall().outcomes() + " outcomes): "
                + folder.resolve(ReportFiles.HTML_FILE));
        if (report.alerts().isEmpty()) {
            stdout.println("no alerts");
        }
        for (LiveAlerts.Alert alert : report.alerts()) {
            stdout.println("  [" + alert.severity() + "] " + alert.message());
        }
        if (report.exploration() != null) {
            stdout.println("exploration: " + report.exploration().sentence());
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
