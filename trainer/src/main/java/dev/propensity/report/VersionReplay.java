package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.DataException;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.evaluate.LeakageCheck;
import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import dev.propensity.features.LeadValues;
import dev.propensity.features.PipelineOptions;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.ScorerJson;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.train.DataSplit;
import dev.propensity.train.GuardVerdict;
import dev.propensity.train.Splitter;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Puts a published version back on the bench without retraining it: reloads its data (the manifest's
 * {@code data.file}, checked against its fingerprint), rebuilds the same split from its seed and test
 * fraction, and scores the held-out rows with the version's own model. What comes out is what training
 * produced, so the report can be made again.
 */
public final class VersionReplay {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VersionReplay() {
    }

    /**
     * @throws DataException when the data file is gone or no longer the one the version was trained on
     */
    public static TrainedModel of(ModelRegistry registry, int number) {
        ModelVersion version = registry.version(number);
        JsonNode manifest = version.manifest();
        Schema schema = SchemaReader.parse(manifest.path("schema"), null, version.label() + " manifest schema");
        Path data = Path.of(manifest.path("data").path("file").asText());
        Optional<Path> survey = Optional.ofNullable(manifest.path("data").path("survey_file").textValue()).map(Path::of);
        LeadTable table = PersonaInputReplay.load(version, schema, data, survey);
        String expected = manifest.path("data").path("sha256").asText();
        if (!expected.equals(table.fingerprint().sha256())) {
            throw new DataException(data + " has changed since " + version.label() + " was trained on it (sha256 "
                    + table.fingerprint().sha256() + ", manifest says " + expected + "); its report cannot be re-created");
        }
        TrainingOptions options = options(manifest.path("hyperparameters"));
        DataSplit split = Splitter.split(table, options.testFraction(), options.seed());
        Model<Label> tribuo = registry.loadModel(number);
        PropensityModel scorer;
        try {
            scorer = ScorerJson.fromJson(MAPPER.readTree(version.file(ScorerJson.FILE).toFile()), tribuo);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + version.file(ScorerJson.FILE), e);
        }
        double[] trainP = score(scorer, table, split.train());
        double[] testP = score(scorer, table, split.test());
        Metrics train = Metrics.of(trainP, labels(table, split.train()));
        byte[] testWon = labels(table, split.test());
        Metrics test = Metrics.of(testP, testWon);
        List<LeakageCheck.FieldPower> power = LeakageCheck.fieldPower(table, split.train(), split.test());
        return new TrainedModel(scorer, tribuo, table, split, testP, train, test,
                Metrics.baseline(train.baseRate(), testWon), power, verdict(manifest.path("guards")), options,
                MetricIntervals.of(testP, testWon, train.baseRate(), options.seed()), null,
                manifest.path("hyperparameters").path("refit_all").asBoolean(false), List.of(), null);
    }

    static TrainingOptions options(JsonNode hyper) {
        TrainingOptions d = TrainingOptions.DEFAULT;
        PipelineOptions p = d.pipeline();
        return new TrainingOptions(hyper.path("epochs").asInt(d.epochs()),
                hyper.path("learning_rate").asDouble(d.learningRate()), hyper.path("seed").asLong(d.seed()),
                hyper.path("test_fraction").asDouble(d.testFraction()),
                new PipelineOptions(hyper.path("quantile_bins").asInt(p.quantileBins()),
                        hyper.path("min_level_count").asInt(p.minLevelCount()),
                        hyper.path("max_levels").asInt(p.maxLevels()), p.logSkewness()),
                hyper.path("min_wins").asInt(d.minWins()), hyper.path("min_losses").asInt(d.minLosses()),
                d.leakageFieldAuc(), d.leakageModelAuc());
    }

    private static GuardVerdict verdict(JsonNode guards) {
        List<String> problems = new ArrayList<>();
        guards.path("problems").forEach(p -> problems.add(p.asText()));
        List<String> leaky = new ArrayList<>();
        guards.path("leaky_fields").forEach(f -> leaky.add(f.asText()));
        return new GuardVerdict(guards.path("promotable").asBoolean(problems.isEmpty()), List.copyOf(problems),
                List.copyOf(leaky), guards.path("data_supports_model").asBoolean(true));
    }

    private static double[] score(PropensityModel scorer, LeadTable table, int[] rows) {
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            LeadValues lead = field -> table.columns().containsKey(field) ? table.columns().get(field).raw(row) : null;
            p[i] = scorer.probability(lead);
        }
        return p;
    }

    private static byte[] labels(LeadTable table, int[] rows) {
        byte[] won = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            won[i] = table.won()[rows[i]];
        }
        return won;
    }
}
