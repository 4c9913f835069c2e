package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.assertError;
import static dev.propensity.server.http.ScoreApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomesApiTest {
    @TempDir
    static Path folder;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.startWithChampion(folder);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String outcome(String key, String leadId, String outcome) {
        return "{\"lead_id\": \"" + leadId + "\", \"outcome\": \"" + outcome + "\", \"amount\": 1250.50,"
                + " \"close_date\": \"2025-03-31\", \"idempotency_key\": \"" + key + "\"}";
    }

    @Test
    void anOutcomeForALeadScoredJustBeforeIsCreatedAndFlaggedScored() throws IOException {
        assertEquals(200, server.post("/v1/score", TestServer.SCORE_KEY, Leads.withId("L-scored")).statusCode());
        HttpResponse<String> response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome("k-scored", "L-scored", "won"));
        assertEquals(201, response.statusCode(), response.body());
        JsonNode stored = json(response).path("outcomes").get(0);
        assertTrue(stored.path("scored").asBoolean(), stored.toString());
        assertEquals("created", stored.path("status").asText());
        assertEquals(0, stored.path("amount").decimalValue().compareTo(new java.math.BigDecimal("1250.5")));
    }

    @Test
    void aMisnamedFieldIsNamedAsUnknownWithTheNearestFieldSuggested() throws IOException {
        String body = outcome("k-misnamed", "L-m", "won").replace("\"close_date\"", "\"closed_at\"");
        HttpResponse<String> response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, body);
        assertError(response, 400, "invalid_field");
        JsonNode error = json(response).path("error");
        assertEquals("outcomes[0].closed_at", error.path("field").asText(), response.body());
        assertTrue(error.path("message").asText().contains("'closed_at' is not a field of an outcome; did you mean"
                + " 'close_date'?"), response.body());
        String extra = outcome("k-extra", "L-x", "won").replace("{", "{\"crm_owner\": \"ana\", ");
        assertEquals(201, server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, extra).statusCode(), "other extra fields pass");
    }

    @Test
    void anOutcomeForALeadNeverScoredIsKeptFlaggedUnscored() throws IOException {
        HttpResponse<String> response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome("k-unscored", "L-never", "lost"));
        assertEquals(201, response.statusCode(), response.body());
        assertFalse(json(response).path("outcomes").get(0).path("scored").asBoolean());
    }

    @Test
    void repeatingAPostIsA200WithTheStoredRecords() throws IOException {
        String body = "[" + outcome("k-dup-1", "L-a", "won") + "," + outcome("k-dup-2", "L-b", "lost") + "]";
        assertEquals(201, server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, body).statusCode());
        HttpResponse<String> again = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, body);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("duplicate", json(again).path("outcomes").get(1).path("status").asText());
    }

    @Test
    void reusingAKeyWithOtherContentIsA409NamingTheKey() throws IOException {
        assertEquals(201, server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome("k-conflict", "L-c", "won")).statusCode());
        HttpResponse<String> response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome("k-conflict", "L-c", "lost"));
        assertError(response, 409, "idempotency_conflict");
        assertTrue(json(response).path("error").path("message").asText().contains("k-conflict"));
    }

    @Test
    void anInvalidOutcomeIsA400NamingTheField() throws IOException {
        HttpResponse<String> response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome("k-bad", "L-d", "maybe"));
        assertError(response, 400, "invalid_field");
        assertEquals("outcomes[0].outcome", json(response).path("error").path("field").asText());
    }

    @Test
    void aBadCloseDateIsA400NamingTheField() throws IOException {
        HttpResponse<String> response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY,
                outcome("k-date", "L-e", "won").replace("2025-03-31", "31/03/2025"));
        assertError(response, 400, "invalid_field");
        assertEquals("outcomes[0].close_date", json(response).path("error").path("field").asText());
    }

    @Test
    void aScoreKeyCannotPostOutcomes() throws IOException {
        assertError(server.post("/v1/outcomes", TestServer.SCORE_KEY, outcome("k-scope", "L-f", "won")), 403, "forbidden");
    }
}
