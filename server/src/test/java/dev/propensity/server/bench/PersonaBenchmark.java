package dev.propensity.server.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.LeadValues;
import dev.propensity.model.Explanation;
import dev.propensity.persona.Assignment;
import dev.propensity.persona.PersonaAssigner;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.server.api.Json;
import dev.propensity.server.api.ScoreAnswerWriter;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.scoring.LeadJson;
import dev.propensity.server.scoring.LeadScorer;
import dev.propensity.server.scoring.LoadedModel;
import dev.propensity.server.scoring.ModelVersionLoader;
import dev.propensity.server.scoring.PersonaAdvisor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
 * What personas add to in-process scoring, in ns per lead, side by side in one run on a champion trained with a
 * {@code personas} block: {@code assign} (the persona alone), {@code advise} (persona and recommendations),
 * {@code explain} (the model's score and contributions, for scale), and the server's JSON-in, JSON-out path with
 * and without the persona part ({@code jsonWithPersona}, {@code jsonWithoutPersona}: the same version with its
 * grading, only its persona book left out; the answer streamed by {@link ScoreAnswerWriter} as the server does).
 * Three forks, so that the error bars are narrow on a quiet machine. Run by {@code benchmarks/personas.sh} with {@code -Dpropensity.bench.models} and
 * {@code -Dpropensity.bench.leads}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PersonaBenchmark {
    private static final ObjectReader READER = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private LoadedModel withPersonas;
    private LoadedModel withoutPersonas;
    private PersonaAssigner assigner;
    private PersonaAdvisor advisor;
    private LeadValues[] values;
    private byte[][] bodies;
    private int next;
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream(16 * 1024);

    @Setup
    public void setUp() throws IOException {
        ModelRegistry registry = ModelRegistry.at(Path.of(System.getProperty("propensity.bench.models")));
        withPersonas = new ModelVersionLoader(registry).load(registry.champion().orElseThrow().number());
        advisor = withPersonas.personas().orElseThrow(() -> new IllegalStateException("the champion has no personas"));
        assigner = advisor.book().assigner();
        withoutPersonas = new LoadedModel(withPersonas.version(), withPersonas.scorer(), withPersonas.schema(),
                withPersonas.grader(), Optional.empty());
        JsonNode leads = Json.MAPPER.readTree(Files.readString(Path.of(System.getProperty("propensity.bench.leads"))));
        values = new LeadValues[leads.size()];
        bodies = new byte[leads.size()][];
        for (int i = 0; i < leads.size(); i++) {
            values[i] = LeadJson.read((ObjectNode) leads.get(i), withPersonas.schema()).values();
            bodies[i] = leads.get(i).toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == values.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Assignment assign() {
        return assigner.assign(values[nextIndex()]);
    }

    @Benchmark
    public PersonaAdvisor.Advice advise() {
        return advisor.advise(values[nextIndex()], "L1", 0.3);
    }

    @Benchmark
    public Explanation explain() {
        return withPersonas.scorer().explain(values[nextIndex()]);
    }

    @Benchmark
    public int jsonWithPersona() throws IOException {
        return answer(LeadScorer.score(withPersonas, (ObjectNode) READER.readTree(bodies[nextIndex()])));
    }

    @Benchmark
    public int jsonWithoutPersona() throws IOException {
        return answer(LeadScorer.score(withoutPersonas, (ObjectNode) READER.readTree(bodies[nextIndex()])));
    }

    /** Streams the answer as the server does, into a reused buffer standing for Jetty's response buffer. */
    private int answer(ScoreResponse response) {
        sink.reset();
        ScoreAnswerWriter.writeTo(response, sink);
        return sink.size();
    }
}
