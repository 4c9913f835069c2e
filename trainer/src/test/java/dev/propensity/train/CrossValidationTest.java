package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.cli.PropensityCommand;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.evaluate.RankMetrics;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Small data is cross-validated by default: every row gets one out-of-fold probability, the pooled figures are
 * those of these probabilities, and the evaluate verb writes the folds so another tool can use the same ones.
 */
class CrossValidationTest {
    @TempDir
    static Path dir;
    static Path schema;
    static LeadTable table;
    static TrainedModel trained;

    @BeforeAll
    static void train() throws IOException {
        schema = TinyLeads.write(dir, 800, 12);
        table = new LeadTableLoader(SchemaReader.read(schema)).load();
        trained = new ModelTrainer(TrainingOptions.DEFAULT).train(table);
    }

    @Test
    void belowTwoThousandRowsTrainingCrossValidatesWithFiveFolds() {
        CrossValidation cv = trained.crossValidation();
        assertNotNull(cv);
        assertEquals(5, cv.folds().size());
        assertEquals("stratified 5-fold", cv.method());
        assertEquals(table.size(), cv.pooled().rows());
        assertEquals(RankMetrics.rocAuc(cv.outOfFold(), table.won()), cv.pooled().rocAuc(), 1e-12);
        assertEquals(cv.pooled().rocAuc(), cv.pooledIntervals().rocAuc().estimate(), 1e-12);
        double mean = cv.folds().stream().mapToDouble(f -> f.test().rocAuc()).average().orElseThrow();
        assertEquals(mean, cv.rocAuc().mean(), 1e-12);
        assertTrue(cv.rocAuc().min() <= mean && mean <= cv.rocAuc().max());
        FoldsTest.assertPartition(Folds.of(table, 5, TrainingOptions.DEFAULT.seed()), table.size());
        assertEquals(trained.split().test().length, trained.test().rows(), "the held-out split is still reported");
    }

    @Test
    void theManifestAndReportCarryTheFolds() {
        var manifest = ManifestBuilder.build(trained, "test");
        assertEquals(5, manifest.at("/metrics/cross_validation/folds").size());
        assertEquals(cv().pooled().rocAuc(), manifest.at("/metrics/cross_validation/pooled/roc_auc").asDouble(), 0);
        var report = dev.propensity.report.ReportJson.tree(
                dev.propensity.report.VersionReport.of(trained, "test", null, 30));
        assertEquals(5, report.at("/cross_validation/folds").size());
        assertTrue(report.path("verdict").asText().contains("cross-validation on all 800 leads"),
                report.path("verdict").asText());
    }

    @Test
    void aboveTheSizeOrWithZeroFoldsThereIsNone() {
        TrainedModel none = new ModelTrainer(TrainingOptions.DEFAULT.withFolds(0)).train(table);
        assertNull(none.crossValidation());
        assertEquals(trained.test(), none.test(), "the split's figures do not depend on the folds");
    }

    @Test
    void refittingOnAllRowsKeepsTheEvaluationsFigures() {
        TrainedModel refit = new ModelTrainer(TrainingOptions.DEFAULT.withFolds(0).withRefitAll(true)).train(table);
        TrainedModel plain = new ModelTrainer(TrainingOptions.DEFAULT.withFolds(0)).train(table);
        assertTrue(refit.refit());
        assertEquals(plain.test(), refit.test());
        assertNotEquals(plain.scorer().bias(), refit.scorer().bias(), "a model fitted on more rows");
        assertEquals(plain.scorer().pipeline().width() > 0, refit.scorer().pipeline().width() > 0);
    }

    @Test
    void evaluateWritesEveryRowOnceWithItsFold() throws IOException {
        Path out = dir.resolve("folds.csv");
        StringWriter text = new StringWriter();
        int exit = new CommandLine(new PropensityCommand()).setOut(new PrintWriter(text)).execute("evaluate",
                "--schema", schema.toString(), "--folds", "5", "--predictions-out", out.toString());
        assertEquals(0, exit, text.toString());
        assertTrue(text.toString().contains("pooled"), text.toString());
        assertTrue(text.toString().contains("spread over folds"), text.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals("row,fold,won,probability", lines.get(0));
        assertEquals(table.size() + 1, lines.size());
        Set<Integer> rows = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertTrue(rows.add(Integer.parseInt(cells[0])));
            int fold = Integer.parseInt(cells[1]);
            assertTrue(fold >= 1 && fold <= 5, line);
        }
    }

    private static CrossValidation cv() {
        return trained.crossValidation();
    }
}
