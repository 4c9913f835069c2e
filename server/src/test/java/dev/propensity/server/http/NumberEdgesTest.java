package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.assertError;
import static dev.propensity.server.http.ScoreApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON numbers at the edges of what a parser takes are answered, or refused naming the field, never a 500. */
class NumberEdgesTest {
    /** Valid JSON numbers that no double holds, that need many digits, or that round to zero. */
    static final List<String> EDGES = List.of("1e999999999", "1e9999999999", "-1e999999999", "9".repeat(2000),
            "0." + "1".repeat(1500), "-0", "-0.0", "1e-400", "1e-9999999999", "123456789012345678901234567890",
            "4.9e-324", "1.7976931348623157e308", "1.8e308");

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

    @Test
    void aNumericFieldAtTheEdgeIsScoredOrRefusedNamingTheField() throws IOException {
        for (String number : EDGES) {
            HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY,
                    Leads.KEEN.replaceFirst("\"employees\": *[0-9.]+", "\"employees\": " + number));
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400, number.substring(0, Math.min(30, number.length())) + ": " + response.body());
            if (response.statusCode() == 400) {
                assertError(response, 400, json(response).path("error").path("code").asText());
                String field = json(response).path("error").path("field").asText();
                assertTrue(field.equals("employees") || json(response).path("error").path("code").asText()
                        .equals("malformed_json"), number.substring(0, Math.min(30, number.length())) + ": " + response.body());
            } else {
                double p = json(response).path("probability").asDouble();
                assertTrue(p > 0 && p < 1, number.substring(0, Math.min(30, number.length())) + ": " + response.body());
            }
        }
    }

    @Test
    void anAmountAtTheEdgeIsStoredOrRefusedNamingTheField() throws IOException {
        int i = 0;
        for (String number : EDGES) {
            String body = "{\"lead_id\": \"L-edge\", \"outcome\": \"won\", \"amount\": " + number
                    + ", \"close_date\": \"2025-03-31\", \"idempotency_key\": \"edge-" + (i++) + "\"}";
            HttpResponse<String> response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, body);
            assertTrue(response.statusCode() == 201 || response.statusCode() == 400, number.substring(0, Math.min(30, number.length())) + ": " + response.body());
            if (response.statusCode() == 400) {
                String code = json(response).path("error").path("code").asText();
                assertError(response, 400, code);
                assertTrue(json(response).path("error").path("field").asText().endsWith("amount")
                        || code.equals("malformed_json"), number.substring(0, Math.min(30, number.length())) + ": " + response.body());
                assertTrue(response.body().length() < 2000, "a short answer: " + response.body().length());
            }
        }
        assertEquals(200, server.get("/health", null).statusCode());
    }
}
