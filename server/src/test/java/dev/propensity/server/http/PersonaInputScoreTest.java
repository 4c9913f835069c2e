package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.persona.PersonaInput;
import dev.propensity.server.retrain.PersonaChampions;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version whose model takes the persona as an input: the persona the answer names is the value the model read
 * (derived by the server, whatever the request says), it has its own contribution, and the explanation stays exact.
 */
class PersonaInputScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SURVEYED = """
            {"lead_id": "L-input", "industry": "Software", "employees": 40, "country": "Germany",
             "contact_title": "Data Analyst", "product": "Sales CRM", "lead_source": "web", "web_visits": 20,
             "values_references": 2, "needs_roi_proof": 2, "compares_vendors": 3, "early_adopter": 3,
             "reads_research": 5, "ready_to_commit": 1, "persona": "P99"}""";
    private static final String NO_SURVEY = """
            {"lead_id": "L-input-quiet", "industry": "Software", "employees": 40, "country": "Germany", "web_visits": 3}""";
    @TempDir
    static Path folder;
    private static TestServer server;

    /** The sample's champion that takes the derived persona as an input, whatever the rule decided on the sample. */
    @BeforeAll
    static void trainWithThePersonaInputAndStart() throws IOException {
        Path models = PersonaChampions.copyInto(folder.resolve("models"), true);
        server = TestServer.start(models, folder);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theAnswersPersonaIsTheInputTheModelReadAndTheExplanationStaysExact() throws IOException {
        JsonNode body = score(SURVEYED);
        String persona = body.path("persona").path("id").asText();
        assertTrue(persona.matches("P[0-9]+") && !persona.equals("P99"), body.path("persona").toString());
        JsonNode input = contribution(body, PersonaInput.FIELD);
        assertEquals(persona, input.path("value").asText(), "the request's own 'persona' is not what the model read");
        assertExact(body);
    }

    @Test
    void aLeadWithoutPersonaFieldsIsUnknownAndItsPersonaInputIsMissing() throws IOException {
        JsonNode body = score(NO_SURVEY);
        assertEquals("unknown", body.path("persona").path("id").asText());
        JsonNode input = contribution(body, PersonaInput.FIELD);
        assertTrue(input.path("value").isNull() || input.path("value").isMissingNode(), input.toString());
        assertExact(body);
    }

    @Test
    void theVersionReportsItsDecisionAndItsLiveReportReplaysTheDerivedField() throws IOException {
        JsonNode book = JSON.readTree(folder.resolve("models").resolve("v1").resolve("personas.json").toFile());
        assertTrue(book.path("persona_input").path("kept").asBoolean(), book.path("persona_input").toString());
        assertTrue(book.path("persona_input").path("rule").asText().startsWith("kept when it lowers the validation log loss"));
        score(SURVEYED);
        // The live report replays the version's training rows, which have no persona column in the file.
        JsonNode live = ReportPages.json(server, "/reports/live");
        assertTrue(live.path("scored").asLong() >= 1, live.toString());
    }

    private static JsonNode score(String lead) throws IOException {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, lead);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode contribution(JsonNode body, String field) {
        for (JsonNode c : body.path("contributions")) {
            if (c.path("field").asText().equals(field)) {
                return c;
            }
        }
        throw new AssertionError("no contribution of " + field + " in " + body.path("contributions"));
    }

    private static void assertExact(JsonNode body) {
        double logOdds = body.path("baseline_log_odds").asDouble();
        for (JsonNode c : body.path("contributions")) {
            logOdds += c.path("contribution").asDouble();
        }
        assertEquals(body.path("log_odds").asDouble(), logOdds, 1e-12);
        assertEquals(body.path("probability").asDouble(), 1 / (1 + Math.exp(-logOdds)), 1e-12);
    }
}
