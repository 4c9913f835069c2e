package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.PipelineFitter;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.TribuoWeights;
import dev.propensity.schema.SchemaReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Training encodes rows straight from the table's columns and streams them to Tribuo: the inputs must be the ones
 * the scoring path ({@code FeaturePipeline.encode} on the lead's fields) gives, and the model the one Tribuo
 * fits on the same examples held in a {@code MutableDataset}. The data has every kind of field, the schema's
 * missing tokens, rare levels, a negative size, survey answers for some leads only, and an interaction.
 */
class TableEncoderTest {
    private static final String SCHEMA = """
            {"name": "encoding", "data": "leads.csv", "id": "lead_id",
             "format": {"missing": ["N/A", "null", "Select"]},
             "label": {"column": "outcome", "positive": "won"},
             "survey": {"file": "survey.csv", "key": "lead_id"},
             "features": [
               {"name": "industry", "kind": "categorical", "group": "fit"},
               {"name": "employees", "kind": "numeric", "group": "fit", "description": "company size (employees)"},
               {"name": "call", "kind": "boolean", "group": "intent", "description": "asked for a call"},
               {"name": "month", "kind": "categorical", "group": "engagement"},
               {"name": "day", "kind": "categorical", "group": "engagement"},
               {"name": "budget", "kind": "categorical", "group": "survey"},
               {"name": "need", "kind": "numeric", "group": "survey", "description": "strength of need (1-5)"}
             ],
             "interactions": [{"fields": ["month", "day"], "description": "date of the last contact"}]}
            """;
    @TempDir
    static Path dir;
    static LeadTable table;
    static FeaturePipeline pipeline;
    static int[] rows;

    @BeforeAll
    static void load() throws IOException {
        Random random = new Random(5);
        StringBuilder leads = new StringBuilder("lead_id,industry,employees,call,month,day,outcome\n");
        StringBuilder survey = new StringBuilder("lead_id,budget,need\n");
        String[] industries = {"Software", " software ", "Retail", "Select", "Health", "", "Mining"};
        String[] budgets = {"yes", "no", "N/A", "null", ""};
        for (int i = 0; i < 1500; i++) {
            // "Mining" is rare enough to be grouped with the other rare levels.
            String industry = industries[random.nextInt(i % 100 == 0 ? 7 : 6)];
            String employees = random.nextInt(10) == 0 ? "N/A" : random.nextInt(50) == 0 ? "-3"
                    : Integer.toString(5 + random.nextInt(5000));
            String call = random.nextInt(8) == 0 ? "" : random.nextBoolean() ? "yes" : "no";
            String month = random.nextBoolean() ? "may" : "jun";
            int day = 1 + random.nextInt(3);
            String budget = budgets[random.nextInt(budgets.length)];
            String need = random.nextInt(4) == 0 ? "null" : Integer.toString(1 + random.nextInt(5));
            double z = -0.5 + (call.equals("yes") ? 1 : 0) + (budget.equals("yes") ? 1 : 0)
                    + (month.equals("may") && day == 2 ? 1 : 0);
            boolean won = random.nextDouble() < 1 / (1 + Math.exp(-z));
            leads.append(String.format(Locale.ROOT, "L%d,%s,%s,%s,%s,%d,%s%n", i, industry, employees, call, month, day,
                    won ? "won" : "lost"));
            if (random.nextInt(3) > 0) {
                survey.append("L").append(i).append(',').append(budget).append(',').append(need).append('\n');
            }
        }
        Files.writeString(dir.resolve("leads.csv"), leads);
        Files.writeString(dir.resolve("survey.csv"), survey);
        Files.writeString(dir.resolve("schema.json"), SCHEMA);
        table = new LeadTableLoader(SchemaReader.read(dir.resolve("schema.json"))).load();
        rows = IntStream.range(0, 1200).toArray();
        pipeline = new PipelineFitter(TrainingOptions.DEFAULT.pipeline()).fit(table, rows);
    }

    @Test
    void everyRowEncodesAsThePipelineEncodesItsFields() {
        TableEncoder encoder = new TableEncoder(table, pipeline);
        double[] fromColumns = new double[pipeline.width()];
        double[] fromFields = new double[pipeline.width()];
        for (int row = 0; row < table.size(); row++) {
            encoder.dense(row, fromColumns);
            pipeline.encode(EncodedRows.row(table, row), fromFields, note -> { });
            assertArrayEquals(fromFields, fromColumns, 0.0, "row " + row);
        }
    }

    @Test
    void nonZeroInputsComeInInputOrderWithoutZeros() {
        TableEncoder encoder = new TableEncoder(table, pipeline);
        int[] index = new int[pipeline.width()];
        double[] value = new double[pipeline.width()];
        double[] dense = new double[pipeline.width()];
        for (int row = 0; row < table.size(); row++) {
            int n = encoder.nonZeros(row, index, value);
            pipeline.encode(EncodedRows.row(table, row), dense, note -> { });
            assertEquals(Arrays.stream(dense).filter(v -> v != 0).count(), n, "row " + row);
            for (int k = 0; k < n; k++) {
                assertTrue(k == 0 || index[k] > index[k - 1], "row " + row);
                assertEquals(dense[index[k]], value[k], 0.0, "row " + row);
            }
        }
    }

    @Test
    void logOddsFiguredOnTwoThreadsAreTheOneThreadsOnes() {
        TrainingOptions options = TrainingOptions.DEFAULT.resolvedFor(rows.length);
        LogisticFit.Result fit = LogisticFit.fit(table, rows, pipeline, options);
        double[] wb = TribuoWeights.extract(fit.model(), pipeline.inputNames(), LogisticFit.WON, LogisticFit.LOST);
        PropensityModel model = new PropensityModel(pipeline, Arrays.copyOf(wb, pipeline.width()), wb[pipeline.width()],
                fit.means(), 0.9, 0.1);
        int[] all = IntStream.range(0, table.size()).map(i -> table.size() - 1 - i).toArray();
        double[] one = ModelTrainer.logOdds(model, table, pipeline, all, Integer.MAX_VALUE);
        assertArrayEquals(one, ModelTrainer.logOdds(model, table, pipeline, all, 2), 0.0);
        double[] input = new double[pipeline.width()];
        for (int i = 0; i < all.length; i++) {
            pipeline.encode(EncodedRows.row(table, all[i]), input, note -> { });
            assertEquals(model.logOdds(input), one[i], 1e-12, "row " + all[i]);
        }
    }

    @Test
    void aSortedExampleIsTheArrayExampleOfTheSameInputs() {
        Label won = new Label(LogisticFit.WON);
        String[] names = {"a", "b=x", "c"};
        double[] values = {1.5, 1.0, -2.0};
        ArrayExample<Label> expected = new ArrayExample<>(won, names.clone(), values.clone());
        EncodedDataset.SortedExample sorted = new EncodedDataset.SortedExample(won, names, values);
        assertEquals(expected.size(), sorted.size());
        assertEquals(expected.getWeight(), sorted.getWeight());
        assertEquals(expected.getOutput(), sorted.getOutput());
        java.util.Iterator<org.tribuo.Feature> theirs = expected.iterator();
        for (org.tribuo.Feature feature : sorted) {
            assertEquals(theirs.next(), feature);
        }
        assertEquals(false, theirs.hasNext());
    }

    @Test
    void theStreamedFitEqualsTribuosFitOnAMutableDatasetOfTheSameRows() {
        TrainingOptions options = TrainingOptions.DEFAULT.resolvedFor(rows.length);
        LogisticFit.Result streamed = LogisticFit.fit(table, rows, pipeline, options);

        // The examples as training built them before: every row's non-zero inputs by name, in a MutableDataset.
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("same rows", OffsetDateTime.now(), factory), factory);
        String[] names = pipeline.inputNames();
        double[] inputs = new double[names.length];
        double[] sums = new double[names.length];
        for (int row : rows) {
            pipeline.encode(EncodedRows.row(table, row), inputs, note -> { });
            int n = (int) Arrays.stream(inputs).filter(v -> v != 0).count();
            String[] rowNames = new String[n];
            double[] rowValues = new double[n];
            int k = 0;
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] != 0) {
                    sums[i] += inputs[i];
                    rowNames[k] = names[i];
                    rowValues[k++] = inputs[i];
                }
            }
            dataset.add(new ArrayExample<>(new Label(table.won()[row] == 1 ? LogisticFit.WON : LogisticFit.LOST),
                    rowNames, rowValues));
        }
        Model<Label> held = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(options.learningRate()),
                options.epochs(), -1, 1, options.seed()).train(dataset);

        assertArrayEquals(TribuoWeights.extract(held, names, LogisticFit.WON, LogisticFit.LOST),
                TribuoWeights.extract(streamed.model(), names, LogisticFit.WON, LogisticFit.LOST), 0.0);
        assertEquals(held.getFeatureIDMap().size(), streamed.model().getFeatureIDMap().size());
        for (int i = 0; i < names.length; i++) {
            assertEquals(held.getFeatureIDMap().getID(names[i]), streamed.model().getFeatureIDMap().getID(names[i]),
                    names[i]);
            assertEquals(sums[i] / rows.length, streamed.means()[i], 0.0, names[i]);
        }
    }
}
