package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTableLoader;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.ScorerJson;
import dev.propensity.schema.SchemaException;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionTest {
    @TempDir
    Path dir;

    private Path schemaWithInteraction(String first, String second) throws IOException {
        Path schema = TinyLeads.write(dir, 3000, 5);
        Files.writeString(schema, Files.readString(schema).replace("\"exclude\":",
                "\"interactions\": [{\"fields\": [\"" + first + "\", \"" + second + "\"], \"description\": \"industry and call request\"}],\n  \"exclude\":"));
        return schema;
    }

    @Test
    void anInteractionIsExplainedAsAFieldOfItsOwnAndTheContributionsStillAddUp() throws IOException {
        Path schema = schemaWithInteraction("industry", "requested_call");
        TrainedModel trained = new ModelTrainer(TrainingOptions.DEFAULT)
                .train(new LeadTableLoader(SchemaReader.read(schema)).load());
        Map<String, Object> lead = Map.of("industry", " Software", "employees", 120, "requested_call", "yes", "noise", 0.3);
        Explanation e = trained.scorer().explain(lead::get);
        Contribution pair = e.contributions().stream().filter(c -> c.field().equals("industry*requested_call"))
                .findFirst().orElseThrow();
        assertEquals("Software|1", pair.value());
        assertTrue(pair.logOdds() != 0, "the combination was learnt");
        double sum = e.baselineLogOdds() + e.contributions().stream().mapToDouble(Contribution::logOdds).sum();
        assertEquals(e.logOdds(), sum, 1e-9);

        PropensityModel reloaded = ScorerJson.fromJson(
                ScorerJson.toJson(trained.scorer(), trained.table().schema().format()), trained.tribuoModel());
        assertEquals(e.probability(), reloaded.probability(lead::get), 1e-12);
    }

    @Test
    void anInteractionNamingAnUnknownFeatureIsRefused() throws IOException {
        Path schema = schemaWithInteraction("industry", "requested_a_call");
        SchemaException error = assertThrows(SchemaException.class, () -> SchemaReader.read(schema));
        assertTrue(error.getMessage().contains("'requested_a_call'") && error.getMessage().contains("interactions[0]"),
                error.getMessage());
    }
}
