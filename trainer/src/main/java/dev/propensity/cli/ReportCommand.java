package dev.propensity.cli;

import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.registry.VersionLabel;
import dev.propensity.report.ReplayedReport;
import dev.propensity.report.ReportFiles;
import dev.propensity.report.VersionReport;
import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report VERSION}: shows where a version's report is, or re-creates it. Version folders are
 * immutable, so a re-created report goes to {@code models/reports/vN/}.
 */
@Command(name = "report",
        description = "Prints where a model version's report.html is, or re-creates report.json and report.html "
                + "(in DIR/reports/vN/) by reloading the version's data, rebuilding its split and scoring the "
                + "held-out leads with its model.")
public final class ReportCommand implements Callable<Integer> {
    /** Where re-created reports go inside the registry folder; the registry ignores this folder. */
    static final String REPORTS_FOLDER = ReportFiles.REPORTS_FOLDER;

    // Only --help: a --version flag would read as a model version on a command about versions.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "VERSION", description = "The version, as 3 or v3.")
    String version;

    @Mixin
    RegistryOption models;

    @Option(names = "--rebuild", description = "Re-create the report even when the version already has one.")
    boolean rebuild;

    @Option(names = "--open", description = "Open the report in the desktop's browser.")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Logging.quietLibraries();
        PrintWriter out = spec.commandLine().getOut();
        int number = VersionLabel.parse(version);
        ModelRegistry registry = ModelRegistry.at(models.path());
        ModelVersion target = registry.version(number);
        Path html = target.file(ReportFiles.HTML_FILE);
        if (rebuild || !Files.isRegularFile(html)) {
            html = recreate(registry, target);
            out.println("re-created the report of " + target.label() + ": " + html);
        } else {
            out.println("report of " + target.label() + ": " + html);
        }
        out.flush();
        if (open) {
            open(html, out);
        }
        return ExitCodes.OK;
    }

    private Path recreate(ModelRegistry registry, ModelVersion target) throws IOException {
        VersionReport report = ReplayedReport.of(registry, target);
        Path folder = models.path().resolve(REPORTS_FOLDER).resolve(target.label());
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : ReportFiles.files(report).entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        return folder.resolve(ReportFiles.HTML_FILE);
    }

    private static void open(Path html, PrintWriter out) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(html.toAbsolutePath().toUri());
                return;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Fall through: print the address for the user to open.
        }
        out.println("no desktop browser available; open " + html.toAbsolutePath().toUri());
        out.flush();
    }
}
