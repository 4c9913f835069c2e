package dev.propensity.persona;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.RankMetrics;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import dev.propensity.train.DataSplit;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the survey is worth: the held-out AUC, on the same rows, of models trained on the fit fields alone, then
 * with intent and engagement, then with the survey, then with the persona as one more category. Each AUC has a
 * 95 % interval by Hanley and McNeil's standard error. Without survey fields the table cannot be made, and says so.
 * On synthetic data the AUC of the generator's true probabilities on the same rows stands beside it: the ceiling.
 */
public final class SurveyValue {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SurveyValue() {
    }

    /**
     * @param personas   each row's persona index, -1 when unknown
     * @param personaIds the ids of the personas, empty when none were published
     * @param truth      the generator's true probabilities, when the data has them
     */
    public static ObjectNode table(LeadTable table, DataSplit split, TrainingOptions options, int[] personas,
                                   List<String> personaIds, Optional<GroundTruth> truth) {
        ObjectNode out = MAPPER.createObjectNode();
        Schema schema = table.schema();
        boolean hasSurvey = schema.features().stream().anyMatch(f -> f.group() == FeatureGroup.SURVEY);
        if (!hasSurvey) {
            out.put("note", "The survey-value table cannot be made: the schema has no survey fields, so there is"
                    + " nothing to compare the fit and behaviour fields against.");
            return out;
        }
        Map<String, List<FeatureGroup>> steps = new LinkedHashMap<>();
        steps.put("fit alone", List.of(FeatureGroup.FIT));
        steps.put("+ intent and engagement", List.of(FeatureGroup.FIT, FeatureGroup.INTENT, FeatureGroup.ENGAGEMENT));
        steps.put("+ survey", List.of(FeatureGroup.values()));
        ArrayNode rows = out.putArray("rows");
        for (Map.Entry<String, List<FeatureGroup>> step : steps.entrySet()) {
            // The persona input, when the version's model takes it, is the last step's alone.
            List<FeatureSpec> features = PersonaInput.without(schema).features().stream()
                    .filter(f -> step.getValue().contains(f.group())).toList();
            row(rows, step.getKey(), subset(table, features, null), split, options);
        }
        if (personaIds != null && !personaIds.isEmpty()) {
            String[] values = new String[table.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = personas[r] < 0 ? null : personaIds.get(personas[r]);
            }
            List<FeatureSpec> features = new ArrayList<>(PersonaInput.without(schema).features());
            features.add(PersonaInput.SPEC);
            row(rows, "+ persona", subset(table, features, new Column.Text(values)), split, options);
        }
        out.put("rows_compared", split.test().length);
        truth.flatMap(t -> t.ceiling(table, split)).ifPresent(c -> out.putObject("true_auc").put("auc", c.auc())
                .put("low", c.low()).put("high", c.high()).put("rows", c.rows())
                .put("note", "ROC AUC of the generator's true probabilities on the same held-out leads: the ceiling,"
                        + " which no model beats except by chance"));
        return out;
    }

    private static LeadTable subset(LeadTable table, List<FeatureSpec> features, Column persona) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (FeatureSpec f : features) {
            columns.put(f.name(), f.name().equals(PersonaInput.FIELD) && persona != null ? persona : table.column(f.name()));
        }
        Schema schema = table.schema().withFeatures(features);
        // Interactions may name fields a step leaves out: the steps compare plain main effects.
        schema = new Schema(schema.name(), schema.data(), schema.format(), schema.id(), schema.label(), schema.timestamp(),
                schema.survey(), features, schema.excluded(), schema.segments(), List.of());
        return new LeadTable(schema, table.ids(), table.won(), table.times(), columns, table.fingerprint(), table.warnings());
    }

    private static void row(ArrayNode rows, String name, LeadTable table, DataSplit split, TrainingOptions options) {
        TrainedModel trained = new ModelTrainer(options).train(table, split);
        byte[] won = trained.testWon();
        double auc = RankMetrics.rocAuc(trained.testProbability(), won);
        double se = hanleyMcNeil(auc, won);
        rows.addObject().put("model", name).put("auc", auc).put("low", Math.max(0, auc - 1.96 * se))
                .put("high", Math.min(1, auc + 1.96 * se));
    }

    /** SE² = (A(1-A) + (n₁-1)(Q₁-A²) + (n₀-1)(Q₂-A²)) / (n₁ n₀), Q₁ = A/(2-A), Q₂ = 2A²/(1+A). */
    static double hanleyMcNeil(double auc, byte[] won) {
        long n1 = 0;
        for (byte b : won) {
            n1 += b;
        }
        long n0 = won.length - n1;
        if (n1 == 0 || n0 == 0) {
            return Double.NaN;
        }
        double q1 = auc / (2 - auc);
        double q2 = 2 * auc * auc / (1 + auc);
        double v = (auc * (1 - auc) + (n1 - 1) * (q1 - auc * auc) + (n0 - 1) * (q2 - auc * auc)) / ((double) n1 * n0);
        return Math.sqrt(Math.max(0, v));
    }
}
