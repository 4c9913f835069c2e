package dev.propensity.server.report;

import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.report.ReplayedReport;
import dev.propensity.report.ReportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A version's {@code report.json} and {@code report.html}: from its folder when training wrote them, else from
 * {@code reports/vN/} where the {@code report} command re-creates them, else re-created here by replaying the
 * version. A re-created report is kept in memory rather than written, since the server may not own the
 * registry folder; versions never change, so it never goes stale.
 */
public final class VersionReports {
    private final ModelRegistry registry;
    private final Map<Integer, Map<String, byte[]>> recreated = new ConcurrentHashMap<>();

    public VersionReports(ModelRegistry registry) {
        this.registry = registry;
    }

    /**
     * The two files, by file name ({@link ReportFiles#JSON_FILE}, {@link ReportFiles#HTML_FILE}).
     *
     * @throws dev.propensity.registry.RegistryException of kind UNKNOWN_VERSION for a version not in the registry
     * @throws dev.propensity.data.DataException when the report must be re-created and the data has changed
     */
    public Map<String, byte[]> files(int number) {
        ModelVersion version = registry.version(number);
        return read(version.folder())
                .or(() -> read(registry.root().resolve(ReportFiles.REPORTS_FOLDER).resolve(version.label())))
                .orElseGet(() -> recreated.computeIfAbsent(number,
                        n -> ReportFiles.files(ReplayedReport.of(registry, version))));
    }

    private static Optional<Map<String, byte[]>> read(Path folder) {
        Path json = folder.resolve(ReportFiles.JSON_FILE);
        Path html = folder.resolve(ReportFiles.HTML_FILE);
        if (!Files.isRegularFile(json) || !Files.isRegularFile(html)) {
            return Optional.empty();
        }
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(ReportFiles.JSON_FILE, Files.readAllBytes(json));
            files.put(ReportFiles.HTML_FILE, Files.readAllBytes(html));
            return Optional.of(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report in " + folder, e);
        }
    }
}
