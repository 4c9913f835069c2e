package dev.propensity.server.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.LeadValues;
import dev.propensity.model.Explanation;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.server.api.Json;
import dev.propensity.server.api.ScoreAnswerWriter;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.config.GradingConfig;
import dev.propensity.server.grading.RulesFile;
import dev.propensity.server.scoring.LeadJson;
import dev.propensity.server.scoring.LeadScorer;
import dev.propensity.server.scoring.LoadedModel;
import dev.propensity.server.scoring.ModelVersionLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process cost of scoring one lead with the sample champion, in ns per lead, cycling through a fixed set of
 * real leads (so that branch prediction cannot learn a single lead):
 * <ul>
 *   <li>{@code probability}: {@link dev.propensity.model.PropensityModel#probability(LeadValues)}, score only;</li>
 *   <li>{@code explain}: {@link dev.propensity.model.PropensityModel#explain(LeadValues)}, score and contributions;</li>
 *   <li>{@code fullAnswer}: what {@code POST /v1/score} does between the socket and the socket: request bytes
 *       parsed with the server's reader, {@link LeadScorer#score} (reasons with sentences, every contribution,
 *       warnings, grades), the answer streamed by {@link ScoreAnswerWriter} as the server does. HTTP,
 *       authentication and the score log are left out;</li>
 *   <li>{@code fullAnswerWithoutGrades}: the same for the version without its grading, for the cost of grades;</li>
 *   <li>{@code fullAnswerFieldByField}: the same, every contribution and reason item written field by field, as
 *       before the kept items ({@code ItemTexts}), beside {@link #fullAnswer} in the same run;</li>
 *   <li>{@code fullAnswerByMapper}: the same answer serialised by the mapper, as the server did before.</li>
 * </ul>
 * Three forks of five one-second iterations each, so the error bars are narrow on a quiet machine; add
 * {@code -prof gc} for bytes allocated per lead, which holds even on a busy one.
 * Not a test: run by {@code benchmarks/jmh-score.sh}, which passes the registry and the leads as system properties
 * {@code propensity.bench.models} (a registry with a champion) and {@code propensity.bench.leads} (a JSON array), and optionally {@code propensity.bench.rules} (an override rules file,
 * applied to the graded answers as the server's {@code --rules-file} is).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoringBenchmark {
    // The same reader configuration as the server's JsonBody.
    private static final ObjectReader READER = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private LoadedModel model;
    /** The same version without its grading: today's answer, for the side-by-side cost of grades. */
    private LoadedModel ungraded;
    private LeadValues[] values;
    private byte[][] bodies;
    private int next;
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream(16_384);

    @Setup
    public void setUp() throws IOException {
        Path models = Path.of(required("propensity.bench.models"));
        ModelRegistry registry = ModelRegistry.at(models);
        ModelVersion champion = registry.champion().orElseThrow(() -> new IllegalStateException(models + " has no champion"));
        // The operations team's override rules, as the server applies them (-Dpropensity.bench.rules; none without).
        String rulesFile = System.getProperty("propensity.bench.rules");
        GradingConfig grading = rulesFile == null ? GradingConfig.NONE
                : new GradingConfig(RulesFile.read(Path.of(rulesFile)), Double.NaN, Double.NaN);
        model = new ModelVersionLoader(registry, grading).load(champion.number());
        ungraded = new LoadedModel(model.version(), model.scorer(), model.schema());
        JsonNode leads = Json.MAPPER.readTree(Files.readString(Path.of(required("propensity.bench.leads"))));
        values = new LeadValues[leads.size()];
        bodies = new byte[leads.size()][];
        for (int i = 0; i < leads.size(); i++) {
            values[i] = LeadJson.read((ObjectNode) leads.get(i), model.schema()).values();
            bodies[i] = leads.get(i).toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("set -D" + property + " (see benchmarks/jmh-score.sh)");
        }
        return value;
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == values.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public double probability() {
        return model.scorer().probability(values[nextIndex()]);
    }

    @Benchmark
    public Explanation explain() {
        return model.scorer().explain(values[nextIndex()]);
    }

    @Benchmark
    public int fullAnswer() throws IOException {
        JsonNode body = READER.readTree(bodies[nextIndex()]);
        return answer(LeadScorer.score(model, (ObjectNode) body));
    }

    /** The whole path without grades (scores, grade, route, decided_by left out), beside {@link #fullAnswer}. */
    @Benchmark
    public int fullAnswerWithoutGrades() throws IOException {
        JsonNode body = READER.readTree(bodies[nextIndex()]);
        return answer(LeadScorer.score(ungraded, (ObjectNode) body));
    }

    /** Streams the answer as the server does, into a reused buffer standing for Jetty's response buffer. */
    private int answer(ScoreResponse response) {
        sink.reset();
        ScoreAnswerWriter.writeTo(response, sink);
        return sink.size();
    }

    /**
     * {@link #fullAnswer} with every item written field by field: {@link ScoreAnswerWriter#write} on a generator
     * of the mapper's factory does not use the kept items' bytes.
     */
    @Benchmark
    public int fullAnswerFieldByField() throws IOException {
        JsonNode body = READER.readTree(bodies[nextIndex()]);
        ScoreResponse response = LeadScorer.score(model, (ObjectNode) body);
        sink.reset();
        try (JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(sink, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            ScoreAnswerWriter.write(gen, response);
        }
        return sink.size();
    }

    /** {@link #fullAnswer} with the mapper's serialisation, the server's way before the streamed answer. */
    @Benchmark
    public byte[] fullAnswerByMapper() throws IOException {
        JsonNode body = READER.readTree(bodies[nextIndex()]);
        return Json.MAPPER.writeValueAsBytes(LeadScorer.score(model, (ObjectNode) body));
    }
}
