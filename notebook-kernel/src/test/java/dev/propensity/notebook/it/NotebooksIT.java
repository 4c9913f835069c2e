package dev.propensity.notebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.testing.SystemPackages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notebook in {@code notebooks/} executed headless the way a person's Jupyter runs it (Debian's nbconvert,
 * the kernelspec {@code install-kernel.sh} writes), on the bundled sample; a failing cell fails the test. The
 * figures the notebooks show are checked against what the project's own classes compute here, so a cell that runs
 * but shows the wrong thing fails too.
 */
class NotebooksIT {
    private static final Path ROOT = SystemPackages.repositoryRoot();
    private static final Path NOTEBOOKS = ROOT.resolve("notebooks");

    @TempDir
    static Path folder;
    private static Jupyter jupyter;
    private static LeadTable sample;

    @BeforeAll
    static void installTheKernel() throws IOException, InterruptedException {
        jupyter = Jupyter.install(folder);
        sample = new LeadTableLoader(SchemaReader.read(ROOT.resolve("datasets/synthetic.schema.json"))).load();
    }

    private static ExecutedNotebook execute(String name) throws IOException, InterruptedException {
        Path out = Files.createDirectories(folder.resolve("out-" + name));
        Jupyter.Run run = jupyter.execute(NOTEBOOKS.resolve(name), out);
        assertEquals(0, run.exitCode(), name + " failed:\n" + run.output());
        return ExecutedNotebook.read(out.resolve(name));
    }

    @Test
    void theKernelspecRunsTheKernelJarWithTheProjectJarAsTheCellsClassPath() throws IOException {
        JsonNode argv = new ObjectMapper().readTree(jupyter.kernelJson().toFile()).path("argv");
        String joined = argv.toString();
        assertTrue(joined.contains(ROOT.resolve("notebook-kernel/target/propensity-kernel.jar").toString()), joined);
        assertTrue(joined.contains("\"--classpath\",\"" + ROOT.resolve("server/target/propensity.jar") + "\""), joined);
        assertEquals("{connection_file}", argv.get(argv.size() - 1).asText());
    }

    @Test
    void exploreExportShowsTheSamplesCountsMissingValuesWinRatesAndHiddenPersonas() throws IOException, InterruptedException {
        ExecutedNotebook nb = execute("explore-export.ipynb");
        assertTrue(nb.text(0).contains(String.format("synthetic-crm: %d leads, %d won, %d lost", sample.size(),
                sample.wins(), sample.losses())), nb.text(0));
        String missing = nb.html(1);
        for (String field : sample.schema().featureNames()) {
            assertTrue(missing.contains("<td>" + field + "</td>"), "missing-value row for " + field);
        }
        assertEquals(1, nb.pictures(1), "the missing-value chart");
        assertTrue(nb.text(2).contains("spread"), "the fields ranked by win-rate spread");
        assertEquals(4, nb.pictures(3), "win rates of the four most spread fields");
        assertTrue(nb.text(4).contains("of " + sample.size() + " leads") && nb.text(4).contains("answered the survey"), nb.text(4));
        assertTrue(nb.pictures(4) >= 2, "survey response and answer charts");
        String personas = nb.text(5);
        for (String persona : personasOfTheSample()) {
            assertTrue(personas.contains(persona), "persona " + persona + " in\n" + personas);
        }
    }

    @Test
    void compareFeatureSetsJudgesBothOnTheSameRowsWithIntervalsAndRegistersTheChosenOne()
            throws IOException, InterruptedException {
        ExecutedNotebook nb = execute("compare-feature-sets.ipynb");
        assertTrue(nb.text(0).contains("the same rows for both sets"), nb.text(0));
        assertTrue(nb.text(1).contains("with the survey") && nb.text(1).contains("without the survey"), nb.text(1));
        Matcher difference = Pattern.compile("AUC difference \\(with − without\\)\\s+(-?\\d\\.\\d{3})\\s+(-?\\d\\.\\d{4}) to (-?\\d\\.\\d{4})")
                .matcher(nb.text(2));
        assertTrue(difference.find(), nb.text(2));
        double low = Double.parseDouble(difference.group(2));
        double high = Double.parseDouble(difference.group(3));
        assertTrue(low <= high, "an interval, low to high");
        assertEquals(1, nb.pictures(2), "AUC intervals chart");
        String registered = nb.text(3);
        assertTrue(registered.contains("Registered **v1**") && registered.contains("it is now the champion"), registered);
        // The notebook's rule: the survey's set only when its gain's interval lies above zero.
        String chosen = low > 0 ? "synthetic-crm" : "synthetic-crm-without-survey";
        assertTrue(nb.html(3).contains("<td>v1</td><td>" + chosen + "</td>"), "v1 is the " + chosen + " set:\n" + registered);
    }

    @Test
    void readReportsChartsTheVersionReportAndTheLiveReportOfPlayedBackTraffic() throws IOException, InterruptedException {
        ExecutedNotebook nb = execute("read-reports.ipynb");
        assertTrue(nb.text(0).startsWith("**v1**: "), nb.text(0));
        assertTrue(nb.html(1).contains("<td>v1</td>") && nb.text(1).contains("notebook read-reports"), "registry and history:\n" + nb.text(1));
        assertTrue(nb.text(2).contains("ROC AUC"), nb.text(2));
        assertEquals(3, nb.pictures(3), "ROC, calibration and lift charts");
        assertEquals(1, nb.pictures(4), "weights chart");
        int recent = (int) Math.round(sample.size() * 0.2);
        assertTrue(nb.text(5).contains(recent + " leads scored, " + recent + " outcomes back"), nb.text(5));
        assertEquals(2, nb.pictures(6), "weekly AUC and score distribution charts");
        assertEquals(1, nb.pictures(7), "drift chart");
    }

    @Test
    void aFailingCellFailsTheHeadlessRunAndStopsTheCellsAfterIt() throws IOException, InterruptedException {
        Path notebook = folder.resolve("fails.ipynb");
        Files.copy(Path.of("src/test/resources/notebooks/fails-in-second-cell.ipynb"), notebook);
        Path out = Files.createDirectories(folder.resolve("out-fails"));
        Jupyter.Run run = jupyter.execute(notebook, out);
        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("java.lang.IllegalStateException: this cell fails on purpose"), run.output());
        assertTrue(!run.output().contains("never printed"), "the third cell never ran");
    }

    @Test
    void theCommittedNotebooksAreStoredWithoutOutputsAndOnThisKernel() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertEquals(List.of("compare-feature-sets.ipynb", "explore-export.ipynb", "read-reports.ipynb"),
                notebooks.stream().map(p -> p.getFileName().toString()).toList());
        for (Path notebook : notebooks) {
            JsonNode json = new ObjectMapper().readTree(notebook.toFile());
            assertEquals("propensity-java", json.path("metadata").path("kernelspec").path("name").asText(), notebook.toString());
            for (JsonNode cell : json.path("cells")) {
                if (cell.path("cell_type").asText().equals("code")) {
                    assertEquals(0, cell.path("outputs").size(), "outputs stored in " + notebook);
                    assertTrue(cell.path("execution_count").isNull(), "execution count stored in " + notebook);
                }
            }
        }
    }

    private static Set<String> personasOfTheSample() throws IOException {
        Set<String> personas = new TreeSet<>();
        List<String> lines = Files.readAllLines(ROOT.resolve("datasets/sample/ground_truth.csv"));
        int at = List.of(lines.get(0).split(",")).indexOf("persona");
        lines.subList(1, lines.size()).forEach(line -> personas.add(line.split(",")[at]));
        return personas;
    }
}
