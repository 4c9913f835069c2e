package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.persona.DealColumns;
import dev.propensity.persona.PersonaSettings;
import dev.propensity.persona.PersonaSettingsReader;
import dev.propensity.persona.PersonaStep;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.testing.PersonaSample;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version trained with a personas block: its score answers carry the persona and the recommendations. */
class PersonaScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SURVEYED = """
            {"lead_id": "L-kicker", "industry": "Software", "employees": 40, "country": "Germany",
             "contact_title": "Data Analyst", "product": "Sales CRM", "lead_source": "web", "web_visits": 20,
             "values_references": 2, "needs_roi_proof": 2, "compares_vendors": 3, "early_adopter": 3,
             "reads_research": 5, "ready_to_commit": 1}""";
    private static final String NO_SURVEY = """
            {"lead_id": "L-quiet", "industry": "Software", "employees": 40, "country": "Germany", "web_visits": 3}""";
    @TempDir
    static Path folder;
    private static TestServer server;

    @BeforeAll
    static void trainAndStart() throws IOException {
        Path schemaFile = PersonaSample.write(folder);
        Schema schema = SchemaReader.read(schemaFile);
        PersonaSettings settings = PersonaSettingsReader.read(schemaFile, schema).orElseThrow();
        LeadTable wide = new LeadTableLoader(DealColumns.widen(schema, settings)).load();
        Path models = folder.resolve("models");
        ModelRegistry registry = ModelRegistry.at(models);
        TrainingRun run = new TrainingRun(registry, TrainingOptions.DEFAULT,
                PersonaStep.wrap((t, v) -> Map.of(), registry, settings, wide, Map.of()));
        run.run(DealColumns.narrow(wide, schema), true, "test", "personas");
        server = TestServer.start(models, folder);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSurveyedLeadGetsAPersonaWithItsMarginAndRecommendedReps() throws IOException {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, SURVEYED);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        JsonNode persona = body.path("persona");
        assertTrue(persona.path("id").asText().matches("P[0-9]+"), persona.toString());
        assertEquals("survey and fit", persona.path("basis").asText());
        double margin = persona.path("margin").asDouble();
        assertTrue(margin > 0 && margin <= 1, persona.toString());
        JsonNode reps = body.path("recommendations").path("reps");
        assertTrue(reps.size() > 0, body.path("recommendations").toString());
        JsonNode first = reps.get(0);
        assertTrue(first.path("rep").asText().startsWith("rep_"), first.toString());
        double rate = first.path("expected_win_rate").asDouble();
        assertTrue(rate > 0 && rate < 1, first.toString());
        assertTrue(first.path("deals").asInt() > 0 && first.has("thin_evidence") && first.path("why").asText().contains("deals"));
        JsonNode product = body.path("recommendations").path("products").get(0);
        assertTrue(product.path("expected_value").asDouble() > 0, product.toString());
        assertTrue(body.path("recommendations").has("exploration"));
    }

    @Test
    void aLeadWithoutAnyPersonaFieldIsUnknownAndGetsNoRecommendation() throws IOException {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, NO_SURVEY);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("unknown", body.path("persona").path("id").asText(), body.path("persona").toString());
        assertEquals("fit only", body.path("persona").path("basis").asText());
        assertEquals(0, body.path("recommendations").path("reps").size());
        assertFalse(body.path("recommendations").path("exploration").asBoolean());
    }

    @Test
    void batchAnswersCarryThePersonaToo() throws IOException {
        HttpResponse<String> response = server.post("/v1/score/batch", TestServer.SCORE_KEY, "[" + SURVEYED + "," + NO_SURVEY + "]");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        JsonNode answers = body.isArray() ? body : body.path("scores");
        assertEquals(2, answers.size(), response.body());
        assertTrue(answers.get(0).path("persona").path("id").asText().startsWith("P"), response.body());
        assertEquals("unknown", answers.get(1).path("persona").path("id").asText());
    }
}
