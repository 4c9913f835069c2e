package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.server.api.Json;
import dev.propensity.server.api.ScoreAnswerWriter;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.scoring.LeadScorer;
import dev.propensity.server.scoring.LoadedModel;
import dev.propensity.server.scoring.ModelVersionLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code POST /v1/score} streams is what the mapper wrote before, for real answers of a trained champion. */
class ScoreAnswerBytesTest {
    @TempDir
    Path folder;

    @Test
    void everyKindOfLeadIsAnsweredWithTheMapperBytes() throws IOException {
        ModelRegistry registry = ModelRegistry.at(TrainedRegistry.copyInto(folder));
        LoadedModel model = new ModelVersionLoader(registry).load(registry.champion().orElseThrow().number());
        List<String> leads = List.of(Leads.KEEN, Leads.SPARSE, Leads.withId("L-9"), "{}",
                "{\"lead_id\": 17, \"industry\": null, \"employees\": -3, \"requested_call\": \"yes\"}",
                "{\"industry\": \"A very long industry name that goes on and on and on past forty\", \"employees\": 1e12}");
        for (String lead : leads) {
            ScoreResponse response = LeadScorer.score(model, (ObjectNode) Json.MAPPER.readTree(lead));
            assertEquals(new String(Json.MAPPER.writeValueAsBytes(response), StandardCharsets.UTF_8),
                    new String(ScoreAnswerWriter.toBytes(response), StandardCharsets.UTF_8), lead);
        }
    }
}
