package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = json(response).path("error");
        assertEquals(status, error.path("status").asInt(), response.body());
        assertEquals(code, error.path("code").asText(), response.body());
        assertTrue(error.path("message").asText().length() > 5, response.body());
        assertTrue(!response.body().contains("Exception") && !response.body().contains("\tat "), response.body());
    }

    @Test
    void aLeadIsScoredWithItsIdTheModelVersionAndFiveReasons() throws IOException {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals("L-keen", body.path("lead_id").asText());
        assertEquals(1, body.path("model_version").asInt());
        double p = body.path("probability").asDouble();
        assertTrue(p > 0 && p < 1);
        assertEquals(Math.round(p * 100), body.path("score").asLong());
        assertEquals(4, body.path("reasons").size(), "tiny leads have four fields");
        JsonNode first = body.path("reasons").get(0);
        assertTrue(first.path("sentence").asText().matches("[A-Z].* (raises|lowers|barely changes) the likelihood"),
                first.toString());
    }

    @Test
    void theContributionsAddUpToTheProbabilityExactly() throws IOException {
        JsonNode body = json(server.post("/v1/score", TestServer.SCORE_KEY, Leads.KEEN));
        double logOdds = body.path("baseline_log_odds").asDouble();
        for (JsonNode c : body.path("contributions")) {
            logOdds += c.path("contribution").asDouble();
        }
        assertEquals(body.path("probability").asDouble(), 1 / (1 + Math.exp(-logOdds)), 1e-12);
        assertEquals(body.path("log_odds").asDouble(), logOdds, 1e-12);
    }

    @Test
    void missingAndUnknownFieldsAreScoredWithWarnings() throws IOException {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, Leads.SPARSE);
        assertEquals(200, response.statusCode(), response.body());
        String warnings = json(response).path("warnings").toString();
        assertTrue(warnings.contains("employees: missing"), warnings);
        assertTrue(warnings.contains("favourite_colour: not a field of the model, ignored"), warnings);
    }

    @Test
    void aLeadWithoutAnIdIsScoredWithANullId() throws IOException {
        JsonNode body = json(server.post("/v1/score", TestServer.SCORE_KEY, "{\"industry\": \"Software\"}"));
        assertTrue(body.has("lead_id") && body.path("lead_id").isNull(), body.toString());
    }

    @Test
    void malformedJsonIsA400() throws IOException {
        assertError(server.post("/v1/score", TestServer.SCORE_KEY, "{\"industry\": "), 400, "malformed_json");
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingTheField() throws IOException {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, "{\"employees\": \"many\"}");
        assertError(response, 400, "invalid_field");
        assertEquals("employees", json(response).path("error").path("field").asText());
    }

    @Test
    void aNestedObjectIsA400NamingTheField() throws IOException {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, "{\"industry\": {\"a\": 1}}");
        assertError(response, 400, "invalid_field");
        assertEquals("industry", json(response).path("error").path("field").asText());
    }

    @Test
    void anEmptyBodyIsA400() throws IOException {
        assertError(server.post("/v1/score", TestServer.SCORE_KEY, ""), 400, "empty_body");
    }

    @Test
    void anArraySentToTheSingleLeadRouteIsA400() throws IOException {
        assertError(server.post("/v1/score", TestServer.SCORE_KEY, "[]"), 400, "expected_object");
    }

    @Test
    void aBatchIsScoredByOneVersionInOrder() throws IOException {
        HttpResponse<String> response = server.post("/v1/score/batch", TestServer.SCORE_KEY,
                "[" + Leads.KEEN + "," + Leads.SPARSE + "," + Leads.withId("L-3") + "]");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals(3, body.size());
        assertEquals("L-keen", body.get(0).path("lead_id").asText());
        assertEquals("L-3", body.get(2).path("lead_id").asText());
        for (JsonNode answer : body) {
            assertEquals(1, answer.path("model_version").asInt());
        }
    }

    @Test
    void aBatchOverTheLimitIsA413() throws IOException {
        String leads = String.join(",", java.util.Collections.nCopies(TestServer.MAX_BATCH + 1, "{}"));
        assertError(server.post("/v1/score/batch", TestServer.SCORE_KEY, "[" + leads + "]"), 413, "batch_too_large");
    }

    @Test
    void aBadLeadInABatchIsA400NamingItsIndexAndField() throws IOException {
        HttpResponse<String> response = server.post("/v1/score/batch", TestServer.SCORE_KEY,
                "[" + Leads.KEEN + ", {\"requested_call\": \"perhaps\"}]");
        assertError(response, 400, "invalid_field");
        assertEquals("[1].requested_call", json(response).path("error").path("field").asText());
    }
}
