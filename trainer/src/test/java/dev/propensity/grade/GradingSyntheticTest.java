package dev.propensity.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.features.LeadValues;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grades learnt from generated leads whose truth is known. */
class GradingSyntheticTest {
    private static final Path SCHEMA = Path.of("..", "datasets", "synthetic.schema.json");

    @TempDir
    static Path dir;
    static TrainedModel trained;
    static GradingModel grading;

    @BeforeAll
    static void trainOnGeneratedLeads() throws IOException {
        new SyntheticCrm(new GeneratorSettings(20_000, 7, false)).generate(dir, n -> { });
        Schema shipped = SchemaReader.read(SCHEMA);
        Schema schema = new Schema(shipped.name(), Optional.empty(), shipped.format(), shipped.id(), shipped.label(),
                shipped.timestamp(), shipped.survey(), shipped.features(), shipped.excluded(), shipped.segments());
        LeadTable table = new LeadTableLoader(schema).load(dir.resolve("opportunities.csv"), Optional.of(dir.resolve("surveys.csv")));
        trained = new ModelTrainer(TrainingOptions.DEFAULT).train(table);
        grading = GradingFitter.fit(trained, GradingSpecReader.read(SCHEMA, schema));
    }

    @Test
    void gradeAConvertsAtLeastFiveTimesAsOftenAsGradeDOnHeldOutLeads() {
        double ratio = grading.report().path("a_to_d_conversion_ratio").path("ratio").asDouble();
        assertTrue(ratio >= 5, "A converts only " + ratio + "x as often as D: " + grading.report());
        double a = grading.report().path("by_grade").get(0).path("conversion").asDouble();
        double b = grading.report().path("by_grade").get(1).path("conversion").asDouble();
        assertTrue(a > b, "A must convert more often than B");
    }

    @Test
    void everySubScoreAddsUpExactlyAndTheGroupsSplitTheCombinedLogOdds() {
        GradeScorer scorer = new GradeScorer(grading, trained.scorer().pipeline());
        LeadTable table = trained.table();
        for (int k = 0; k < 50; k++) {
            int row = trained.split().test()[k];
            LeadValues lead = GradingFitter.row(table, row);
            Explanation e = trained.scorer().explain(lead);
            LeadGrading g = scorer.grade(e, lead, List.of(), Instant.EPOCH);
            for (SubScore s : List.of(g.fit(), g.engagement())) {
                double sum = s.baselineLogOdds() + s.contributions().stream().mapToDouble(Contribution::logOdds).sum();
                assertEquals(s.logOdds(), sum, 1e-9);
                assertEquals(1 / (1 + Math.exp(-s.logOdds())), s.probability(), 1e-12);
            }
            double[] partials = scorer.partials(e);
            assertEquals(e.logOdds(), e.baselineLogOdds() + partials[0] + partials[1] + partials[2], 1e-9);
            assertEquals(g.fit().logOdds(), grading.fit().intercept() + grading.fit().slope() * partials[0], 1e-9);
        }
    }

    @Test
    void intentIsTheSmoothedRateOfFormAndSourceWithTheCountBehindIt() {
        IntentTable intent = grading.intent();
        assertEquals(List.of("lead_source", "registration_form"), intent.fields());
        long[] cell = intent.cells().get("referral|demo request");
        IntentEstimate estimate = intent.estimate(field -> switch (field) {
            case "lead_source" -> " Referral ";
            case "registration_form" -> "demo request";
            default -> null;
        }, trained.scorer().pipeline());
        assertEquals(cell[1], estimate.n());
        assertEquals((cell[0] + intent.prior().alpha()) / (cell[1] + intent.prior().strength()), estimate.probability(), 1e-12);
    }

    @Test
    void theHalfLifeSearchFindsTheHalfLifeThatMadeTheOutcomes() {
        Random random = new Random(3);
        int n = 4000;
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        List<List<ActivityEvent>> events = new ArrayList<>();
        Instant[] asOf = new Instant[n];
        byte[] won = new byte[n];
        boolean[] choosing = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<ActivityEvent> mine = new ArrayList<>();
            double level = 0;
            int count = random.nextInt(6);
            for (int e = 0; e < count; e++) {
                double age = random.nextDouble() * 60;
                level += Math.pow(2, -age / 7);
                mine.add(new ActivityEvent("download", now.minusSeconds((long) (age * 86_400))));
                mine.add(new ActivityEvent("newsletter_open", now.minusSeconds((long) (random.nextDouble() * 60 * 86_400))));
            }
            events.add(mine);
            asOf[i] = now;
            won[i] = (byte) (random.nextDouble() < 1 / (1 + Math.exp(-(-1.5 + 1.2 * level))) ? 1 : 0);
            choosing[i] = i >= 3000;
        }
        DecayEngagement model = DecayEngagementFitter.fit(events, asOf, won, choosing);
        assertEquals(List.of("download", "newsletter_open"), model.types());
        assertEquals(7, model.halfLifeDays()[0], 0, "the true half-life is 7 days");
        assertTrue(Math.abs(model.weights()[0] - 1.2) < 0.3, "weight " + model.weights()[0]);
        assertTrue(Math.abs(model.weights()[1]) < 0.2, "the noise type's weight " + model.weights()[1]);
    }
}
