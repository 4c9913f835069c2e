package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.features.LeadValues;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.ScorerJson;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

class ModelTrainerTest {
    @TempDir
    static Path dir;
    static LeadTable table;
    static TrainedModel trained;

    @BeforeAll
    static void train() throws IOException {
        table = new LeadTableLoader(SchemaReader.read(TinyLeads.write(dir, 6000, 7))).load();
        trained = new ModelTrainer(TrainingOptions.DEFAULT).train(table);
    }

    /** The raw CSV row as the CRM would post it: strings as written in the file. */
    private static Map<String, Object> asPosted(int row) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("leads.csv"));
        String[] header = lines.get(0).split(",");
        String[] values = lines.get(row + 1).split(",");
        Map<String, Object> lead = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            lead.put(header[i], values[i].replace("\"", ""));
        }
        return lead;
    }

    @Test
    void theDataChecksComputedBesideTheFitAreThoseOfTheFinishedModel() {
        // Computed once during training (partly on a second thread) for the report and the printout alike.
        assertEquals(dev.propensity.evaluate.DataChecks.of(table, trained.split().train(), trained.split().test(),
                trained.testProbability()), trained.checks());
        assertEquals(dev.propensity.evaluate.LeakageCheck.fieldPower(table, trained.split().train(),
                trained.split().test()), trained.fieldPower());
    }

    @Test
    void itLearnsTheKnownSignalAndBeatsTheBaseRate() {
        assertTrue(trained.test().rocAuc() > 0.72, "test AUC " + trained.test().rocAuc());
        assertTrue(trained.test().logLoss() < trained.baseline().logLoss());
        assertTrue(trained.test().ece() < 0.05, "calibration error " + trained.test().ece());
        assertEquals(trained.train().baseRate(), trained.train().meanPredicted(), 0.01);
    }

    @Test
    void spellingsOfOneCategoryBecomeOneLevel() {
        PropensityModel scorer = trained.scorer();
        double software = scorer.probability(lead("Software"));
        assertEquals(software, scorer.probability(lead("  SOFTWARE ")), 1e-12);
        assertEquals(software, scorer.probability(lead("software")), 1e-12);
        assertTrue(software > scorer.probability(lead("Retail")));
    }

    private static LeadValues lead(String industry) {
        Map<String, Object> lead = Map.of("industry", industry, "employees", 50, "requested_call", false, "noise", 0);
        return lead::get;
    }

    @Test
    void aLeadEncodesIdenticallyFromTheTrainingTableAndFromItsPostedFields() throws IOException {
        PropensityModel scorer = trained.scorer();
        for (int row = 0; row < 50; row++) {
            final int r = row;
            double[] fromTable = new double[scorer.pipeline().width()];
            double[] fromPost = new double[scorer.pipeline().width()];
            scorer.pipeline().encode(EncodedRows.row(table, r), fromTable, w -> { });
            Map<String, Object> posted = asPosted(r);
            scorer.pipeline().encode(posted::get, fromPost, w -> { });
            assertArrayEquals(fromTable, fromPost, 0.0, "row " + r);
        }
    }

    @Test
    void contributionsPlusTheBaselineGiveBackTheScore() throws IOException {
        for (int row = 0; row < 20; row++) {
            Map<String, Object> posted = asPosted(row);
            Explanation e = trained.scorer().explain(posted::get);
            double sum = e.baselineLogOdds() + e.contributions().stream().mapToDouble(Contribution::logOdds).sum();
            assertEquals(e.logOdds(), sum, 1e-9);
            assertEquals(1 / (1 + Math.exp(-sum)), e.probability(), 1e-12);
            assertEquals(trained.scorer().probability(posted::get), e.probability(), 1e-12);
        }
    }

    @Test
    void theDotProductScorerAgreesWithTribuosOwnPrediction() {
        PropensityModel raw = new PropensityModel(trained.scorer().pipeline(), trained.scorer().weights(),
                trained.scorer().bias(), trained.scorer().means(), 1, 0);
        String[] names = raw.pipeline().inputNames();
        for (int row = 0; row < 30; row++) {
            double[] inputs = new double[names.length];
            raw.pipeline().encode(EncodedRows.row(table, row), inputs, w -> { });
            ArrayExample<Label> example = new ArrayExample<>(new Label("won"));
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] != 0) {
                    example.add(names[i], inputs[i]);
                }
            }
            Prediction<Label> prediction = trained.tribuoModel().predict(example);
            double tribuoWin = prediction.getOutputScores().get("won").getScore();
            assertEquals(tribuoWin, raw.probability(inputs), 1e-9);
        }
    }

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnother() {
        TrainedModel again = new ModelTrainer(TrainingOptions.DEFAULT).train(table);
        assertArrayEquals(trained.scorer().weights(), again.scorer().weights(), 0.0);
        assertEquals(trained.scorer().intercept(), again.scorer().intercept(), 0.0);
        TrainedModel other = new ModelTrainer(TrainingOptions.DEFAULT.withSeed(99)).train(table);
        assertFalse(java.util.Arrays.equals(trained.scorer().weights(), other.scorer().weights()));
    }

    @Test
    void theScorerFileRebuildsTheSameScores() throws IOException {
        var json = ScorerJson.toJson(trained.scorer(), table.schema().format());
        PropensityModel loaded = ScorerJson.fromJson(json, trained.tribuoModel());
        for (int row = 0; row < 20; row++) {
            Map<String, Object> posted = asPosted(row);
            assertEquals(trained.scorer().probability(posted::get), loaded.probability(posted::get), 1e-12);
        }
    }

    @Test
    void unseenCategoriesAndMissingFieldsAreWarnedAbout() {
        Map<String, Object> lead = new HashMap<>(Map.of("industry", "Aerospace", "employees", 10));
        Explanation e = trained.scorer().explain(lead::get);
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("industry") && w.contains("Aerospace")), e.warnings().toString());
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("requested_call: missing")), e.warnings().toString());
    }

    @Test
    void tooFewWinsBlocksPromotion() {
        TrainedModel strict = new ModelTrainer(TrainingOptions.DEFAULT.withMinimums(100_000, 50)).train(table);
        assertFalse(strict.verdict().promotable());
        assertTrue(strict.verdict().problems().get(0).contains("wins"), strict.verdict().problems().toString());
    }
}
