package dev.propensity.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.ScorerJson;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small model version committed under {@code src/test/resources/golden/} is loaded and scores three fixed leads
 * as it did when it was made: a change to the model format, the scorer file or the pipeline that would break
 * versions already in users' registries fails here. After an intended format change, regenerate it with
 * {@code ./mvnw -B -o -q -pl trainer -Dtest=GoldenModelTest -Dgolden.regenerate=true verify} and commit the result.
 */
class GoldenModelTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, Object>> LEADS = List.of(
            Map.of("industry", "Software", "employees", 450.0, "requested_call", true, "noise", 0.1),
            Map.of("industry", "Retail", "employees", "12", "requested_call", "no"),
            Map.of("industry", "never seen", "noise", -2.0));

    @TempDir
    Path dir;

    @Test
    void theCommittedVersionLoadsAndScoresAsItDidWhenItWasMade() throws IOException {
        ModelRegistry registry = ModelRegistry.at(GOLDEN.resolve("models"));
        assertEquals(1, registry.champion().orElseThrow().number());
        PropensityModel scorer = load(registry);
        JsonNode expected = JSON.readTree(GOLDEN.resolve("expected.json").toFile()).path("probabilities");
        for (int i = 0; i < LEADS.size(); i++) {
            assertEquals(expected.get(i).asDouble(), scorer.probability(LEADS.get(i)::get), 1e-12, "lead " + i);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "golden.regenerate", matches = "true")
    void regenerate() throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> files = Files.walk(GOLDEN)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path schema = TinyLeads.write(dir, 400, 8);
        ModelRegistry registry = ModelRegistry.at(GOLDEN.resolve("models"));
        new TrainingRun(registry, TrainingOptions.DEFAULT, t -> Map.of())
                .run(new LeadTableLoader(SchemaReader.read(schema)).load(), true, "golden", "the golden version");
        PropensityModel scorer = load(registry);
        ObjectNode expected = JSON.createObjectNode();
        var probabilities = expected.putArray("probabilities");
        LEADS.forEach(lead -> probabilities.add(scorer.probability(lead::get)));
        Files.writeString(GOLDEN.resolve("expected.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }

    private static PropensityModel load(ModelRegistry registry) throws IOException {
        ModelVersion version = registry.version(1);
        return ScorerJson.fromJson(JSON.readTree(version.file(ScorerJson.FILE).toFile()), registry.loadModel(1));
    }
}
