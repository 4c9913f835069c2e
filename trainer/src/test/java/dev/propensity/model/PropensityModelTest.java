package dev.propensity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.propensity.features.BooleanEncoder;
import dev.propensity.features.CategoricalEncoder;
import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import dev.propensity.features.NumericEncoder;
import dev.propensity.features.SurveyAnsweredEncoder;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.ValueParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The scorer keeps the average lead's log-odds and one input vector per thread from lead to lead: neither may
 * change an answer, whatever was scored before and on whichever thread.
 */
class PropensityModelTest {
    private static PropensityModel model() {
        List<FeatureSpec> specs = List.of(
                new FeatureSpec("industry", FeatureKind.CATEGORICAL, FeatureGroup.FIT, null),
                new FeatureSpec("employees", FeatureKind.NUMERIC, FeatureGroup.FIT, null),
                new FeatureSpec("budget", FeatureKind.BOOLEAN, FeatureGroup.SURVEY, null));
        FeaturePipeline pipeline = new FeaturePipeline(specs, List.of(), List.of(
                new CategoricalEncoder("industry", List.of("software", "retail")),
                new NumericEncoder("employees", true, 0.5, 9.5, 4.1, 1.7, new double[] {2.0, 5.0}),
                new BooleanEncoder("budget"),
                new SurveyAnsweredEncoder(SurveyAnsweredEncoder.FIELD)), new ValueParser(CsvFormat.DEFAULT));
        int width = pipeline.width();
        double[] weights = new double[width];
        double[] means = new double[width];
        for (int i = 0; i < width; i++) {
            weights[i] = 0.37 * (i + 1) * (i % 2 == 0 ? 1 : -1) / 3.0;
            means[i] = (i * 0.173) % 1.0;
        }
        return new PropensityModel(pipeline, weights, -0.41, means, 0.93, 0.07);
    }

    private static final List<Map<String, Object>> LEADS = List.of(
            Map.of("industry", "Software", "employees", 69.0, "budget", true),
            Map.of(),
            Map.of("industry", "mining", "employees", 1234.5, "budget", "no"),
            Map.of("industry", "retail", "employees", -3.0));

    private static LeadValues lead(int i) {
        return LEADS.get(i)::get;
    }

    @Test
    void aLeadScoresTheSameWhateverWasScoredBeforeIt() {
        for (int i = 0; i < LEADS.size(); i++) {
            PropensityModel fresh = model();
            Explanation alone = fresh.explain(lead(i));
            double probabilityAlone = model().probability(lead(i));
            PropensityModel busy = model();
            for (int j = 0; j < LEADS.size(); j++) {
                busy.explain(lead(j));
                busy.probability(lead(j));
            }
            assertEquals(alone, busy.explain(lead(i)), "lead " + i);
            assertEquals(probabilityAlone, busy.probability(lead(i)), 0.0, "lead " + i);
        }
    }

    @Test
    void anotherThreadGetsTheSameAnswers() throws Exception {
        PropensityModel model = model();
        for (int i = 0; i < LEADS.size(); i++) {
            int at = i;
            Explanation here = model.explain(lead(i));
            assertEquals(here, CompletableFuture.supplyAsync(() -> model.explain(lead(at))).get(), "lead " + i);
        }
    }

    @Test
    void theBaselineIsTheModelAtTheMeansAndTheContributionsAddUpToTheLogOdds() {
        PropensityModel model = model();
        double atMeans = model.bias();
        for (int i = 0; i < model.means().length; i++) {
            atMeans += model.weights()[i] * model.means()[i];
        }
        assertEquals(model.slope() * atMeans + model.intercept(), model.baselineLogOdds(), 0.0);
        for (int i = 0; i < LEADS.size(); i++) {
            Explanation e = model.explain(lead(i));
            double total = e.baselineLogOdds();
            for (Contribution c : e.contributions()) {
                total += c.logOdds();
            }
            assertEquals(total, e.logOdds(), 0.0, "lead " + i);
            assertEquals(model.baselineLogOdds(), e.baselineLogOdds(), 0.0);
        }
    }
}
