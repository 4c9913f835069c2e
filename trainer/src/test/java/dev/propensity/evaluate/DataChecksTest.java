package dev.propensity.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.report.ReportJson;
import dev.propensity.report.VersionReport;
import dev.propensity.schema.SchemaReader;
import dev.propensity.train.DataSplit;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.Splitter;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data set built with known flaws: 100 of its 700 rows copy earlier rows under new ids (a few more repeat by
 * chance), one field is constant,
 * one has a single odd value, and one is missing for most losses but few wins. Every flaw is flagged, and the
 * held-out copies are counted exactly as the test counts them from the file.
 */
class DataChecksTest {
    private static final String SCHEMA = """
            {"name": "flawed", "data": "leads.csv", "id": "lead_id", "label": {"column": "outcome", "positive": "won"},
             "features": [
               {"name": "industry", "kind": "categorical", "group": "fit"},
               {"name": "employees", "kind": "numeric", "group": "fit"},
               {"name": "country", "kind": "categorical", "group": "fit"},
               {"name": "flag", "kind": "categorical", "group": "fit"},
               {"name": "budget", "kind": "numeric", "group": "intent"}
             ]}
            """;

    @TempDir
    static Path dir;
    static List<String> lines;
    static LeadTable table;

    @BeforeAll
    static void write() throws IOException {
        Random random = new Random(6);
        String[] industries = {"Software", "Retail", "Health", "Finance"};
        lines = new ArrayList<>();
        lines.add("lead_id,industry,employees,country,flag,budget,outcome");
        for (int i = 0; i < 600; i++) {
            String industry = industries[random.nextInt(4)];
            double employees = Math.round(Math.exp(3 + 1.5 * random.nextGaussian()));
            boolean won = random.nextDouble() < (industry.equals("Software") ? 0.6 : 0.3);
            boolean budgetMissing = random.nextDouble() < (won ? 0.05 : 0.6);
            String budget = budgetMissing ? "" : String.format(Locale.ROOT, "%.2f", 1000 * random.nextDouble());
            lines.add(String.format(Locale.ROOT, "L%04d,%s,%.0f,DE,%s,%s,%s", i, industry, employees,
                    i == 17 ? "b" : "a", budget, won ? "won" : "lost"));
        }
        for (int i = 0; i < 100; i++) {
            String copy = lines.get(1 + i * 3);
            lines.add(String.format(Locale.ROOT, "C%04d", i) + copy.substring(copy.indexOf(',')));
        }
        Files.write(dir.resolve("leads.csv"), lines);
        Files.writeString(dir.resolve("schema.json"), SCHEMA);
        table = new LeadTableLoader(SchemaReader.read(dir.resolve("schema.json"))).load();
    }

    @Test
    void everyFlawIsFlagged() {
        DataSplit split = Splitter.stratified(table.won(), 0.2, 42);
        DataChecks checks = DataChecks.of(table, split.train(), split.test(), new double[split.test().length]);
        assertEquals(duplicatesByHand(), checks.duplicateRows());
        assertTrue(checks.duplicateRows() >= 100, "the 100 copies at least");
        assertEquals(sharedByHand(split), checks.sharedHeldOutRows());
        assertTrue(checks.sharedHeldOutRows() > 0);
        assertEquals(List.of("country"), checks.constantFields());
        assertEquals("flag", checks.nearConstantFields().get(0).field());
        assertEquals(1 - 1.0 / 700, checks.nearConstantFields().get(0).share(), 1e-12);
        assertEquals(List.of("budget"), checks.missingByOutcome().stream().map(DataChecks.MissingGap::field).toList());
        assertTrue(checks.missingByOutcome().get(0).missingAmongLosses() > 0.5);
    }

    @Test
    void theReportWarnsAboutHeldOutCopiesAndSaysTheAucWithoutThem() {
        TrainedModel trained = new ModelTrainer(TrainingOptions.DEFAULT.withFolds(0).withMinimums(10, 10)).train(table);
        var report = ReportJson.tree(VersionReport.of(trained, "test", null, 30));
        assertTrue(report.at("/checks/shared_held_out_rows").asLong() > 0);
        assertTrue(report.path("verdict").asText().contains("are exact copies of training leads; without them the AUC is"),
                report.path("verdict").asText());
        assertTrue(report.at("/checks/auc_without_shared/estimate").isNumber());
    }

    /** Lines that, without their id, repeat an earlier line. */
    private static long duplicatesByHand() {
        Set<String> seen = new HashSet<>();
        return lines.stream().skip(1).filter(l -> !seen.add(withoutId(l))).count();
    }

    /** Held-out rows whose line, without its id, equals a training row's line without its id. */
    private static long sharedByHand(DataSplit split) {
        Set<String> training = new HashSet<>();
        for (int row : split.train()) {
            training.add(withoutId(lines.get(row + 1)));
        }
        long shared = 0;
        for (int row : split.test()) {
            shared += training.contains(withoutId(lines.get(row + 1))) ? 1 : 0;
        }
        return shared;
    }

    private static String withoutId(String line) {
        return line.substring(line.indexOf(','));
    }
}
