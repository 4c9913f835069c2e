package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.persona.PersonaInput;
import dev.propensity.server.retrain.PersonaChampions.FreshLead;
import dev.propensity.server.retrain.PersonaChampions;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback loop with personas, over real HTTP: a champion whose model takes the persona serves; the CRM scores
 * fresh leads and posts their outcomes; a retrain publishes a challenger; once it is promoted, each answer still
 * carries the lead's persona (the one the champion gave it), its recommendations, and the persona the model read.
 */
class PersonaRetrainScoreTest {
    @TempDir
    Path folder;

    @Test
    void afterARetrainedChallengerIsPromotedAnswersKeepTheLeadsPersonaAndRecommendations() throws Exception {
        Path models = PersonaChampions.copyInto(folder.resolve("models"), true);
        List<FreshLead> leads = PersonaChampions.fresh(folder.resolve("fresh"), 700, 9);
        Map<String, String> before = new HashMap<>();
        try (TestServer server = TestServer.start(models, folder)) {
            for (FreshLead lead : leads) {
                JsonNode answer = score(server, lead);
                assertEquals(1, answer.path("model_version").asInt());
                before.put(lead.id(), answer.path("persona").path("id").asText());
            }
            postOutcomes(server, leads);

            HttpResponse<String> started = server.post("/v1/retrain", TestServer.ADMIN_KEY, "");
            assertEquals(202, started.statusCode(), started.body());
            JsonNode job = server.finishedRetrain(json(started).path("id").asText());
            assertEquals("succeeded", job.path("state").asText(), job.toString());
            JsonNode result = job.path("result");
            assertEquals(2, result.path("challenger_version").asInt(), result.toString());
            assertTrue(result.path("notes").toString().contains("personas carried over from champion v1"),
                    result.toString());
            if (!result.path("promoted").asBoolean()) {
                // Whether it beats the champion is not what is tested here: promote it as an admin would.
                HttpResponse<String> promoted = server.post("/v1/models/2/promote", TestServer.ADMIN_KEY,
                        "{\"why\": \"serve the retrained version\"}");
                assertEquals(200, promoted.statusCode(), promoted.body());
            }
            waitUntilServed(server, leads.get(0), 2);

            int known = 0;
            for (FreshLead lead : leads.subList(0, 150)) {
                JsonNode answer = score(server, lead);
                assertEquals(2, answer.path("model_version").asInt());
                JsonNode persona = answer.path("persona");
                assertEquals(before.get(lead.id()), persona.path("id").asText(), "lead " + lead.id());
                if (persona.path("id").asText().equals("unknown")) {
                    continue;
                }
                known++;
                assertNotEquals("", persona.path("name").asText(), persona.toString());
                JsonNode recommendations = answer.path("recommendations");
                // An explored answer lists only the persona's qualified reps, which may be none.
                if (!recommendations.path("exploration").asBoolean()) {
                    assertTrue(recommendations.path("reps").size() > 0, recommendations.toString());
                }
                assertTrue(answer.path("recommendations").path("products").size() > 0,
                        answer.path("recommendations").toString());
                assertEquals(persona.path("id").asText(), contribution(answer, PersonaInput.FIELD).path("value").asText(),
                        "the persona the model read is the answer's");
            }
            assertTrue(known > 50, known + " of 150 leads have a known persona");
        }
    }

    private static JsonNode score(TestServer server, FreshLead lead) throws Exception {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, lead.input().toString());
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static void postOutcomes(TestServer server, List<FreshLead> leads) {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < leads.size(); i++) {
            FreshLead lead = leads.get(i);
            batch.append(batch.length() == 0 ? "[" : ",").append("{\"lead_id\":\"").append(lead.id())
                    .append("\",\"outcome\":\"").append(lead.won() ? "won" : "lost").append("\",\"close_date\":\"")
                    .append(lead.closed()).append("\",\"idempotency_key\":\"close-").append(lead.id()).append("\"}");
            if (batch.length() > 3000 || i == leads.size() - 1) {
                HttpResponse<String> posted = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, batch.append("]").toString());
                assertEquals(201, posted.statusCode(), posted.body());
                batch.setLength(0);
            }
        }
    }


    private static void waitUntilServed(TestServer server, FreshLead lead, int version) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (score(server, lead).path("model_version").asInt() == version) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("v" + version + " is not served");
    }

    private static JsonNode contribution(JsonNode body, String field) {
        for (JsonNode c : body.path("contributions")) {
            if (c.path("field").asText().equals(field)) {
                return c;
            }
        }
        throw new AssertionError("no contribution of " + field + " in " + body.path("contributions"));
    }
}
