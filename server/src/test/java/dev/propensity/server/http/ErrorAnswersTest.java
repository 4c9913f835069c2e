package dev.propensity.server.http;

import static dev.propensity.server.http.ScoreApiTest.assertError;
import static dev.propensity.server.http.ScoreApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorAnswersTest {
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
    void aRequestWithoutAKeyIsA401WithABearerChallenge() throws IOException {
        HttpResponse<String> response = server.post("/v1/score", null, Leads.KEEN);
        assertError(response, 401, "unauthorized");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void anUnknownKeyIsA401() throws IOException {
        assertError(server.post("/v1/score", "not-a-key-of-this-server", Leads.KEEN), 401, "unauthorized");
    }

    @Test
    void aKeyWithoutTheRouteScopeIsA403() throws IOException {
        assertError(server.post("/v1/score", TestServer.FEEDBACK_KEY, Leads.KEEN), 403, "forbidden");
        assertError(server.post("/v1/models/rollback", TestServer.SCORE_KEY, ""), 403, "forbidden");
    }

    @Test
    void anUnknownRouteIsA404InTheErrorShape() throws IOException {
        assertError(server.get("/nowhere", null), 404, "not_found");
        assertError(server.get("/v1/nowhere", TestServer.SCORE_KEY), 404, "not_found");
    }

    @Test
    void aWrongMethodIsA405() throws IOException {
        assertError(server.get("/v1/score", TestServer.SCORE_KEY), 405, "method_not_allowed");
    }

    @Test
    void aBodyOverTheLimitWithAContentLengthIsA413() throws IOException {
        String big = "{\"industry\": \"" + "x".repeat((int) TestServer.MAX_BODY) + "\"}";
        assertError(server.post("/v1/score", TestServer.SCORE_KEY, big), 413, "body_too_large");
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413() throws IOException {
        byte[] big = ("{\"industry\": \"" + "x".repeat((int) TestServer.MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8);
        // A body from a stream has no known length, so the client sends it chunked, without a Content-Length.
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/v1/score"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestServer.SCORE_KEY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertError(server.send(request), 413, "body_too_large");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsScored() throws IOException {
        byte[] lead = Leads.KEEN.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/v1/score"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestServer.SCORE_KEY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(lead)));
        assertEquals(200, server.send(request).statusCode());
    }

    @Test
    void aBodyThatIsNotDeclaredJsonIsA415() throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/v1/score"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TestServer.SCORE_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(Leads.KEEN));
        assertError(server.send(request), 415, "unsupported_media_type");
    }

    @Test
    void promotingAnUnknownVersionIsA404AndABadVersionA400() throws IOException {
        assertError(server.post("/v1/models/99/promote", TestServer.ADMIN_KEY, ""), 404, "unknown_version");
        assertError(server.post("/v1/models/latest/promote", TestServer.ADMIN_KEY, ""), 400, "invalid_version");
    }

    @Test
    void everyRouteReadsAVersionTheSameWay() throws IOException {
        for (String bad : new String[] {"007", "v0", "latest", "-1"}) {
            assertError(server.post("/v1/models/" + bad + "/promote", TestServer.ADMIN_KEY, ""), 400, "invalid_version");
            assertError(server.get("/reports/" + bad, TestServer.SCORE_KEY), 400, "invalid_version");
        }
    }

    @Test
    void noErrorAnswerNamesAServerPath() throws IOException {
        String root = folder.toAbsolutePath().toString();
        for (HttpResponse<String> response : java.util.List.of(
                server.post("/v1/models/99/promote", TestServer.ADMIN_KEY, ""),
                server.get("/reports/v99", TestServer.SCORE_KEY),
                server.post("/v1/models/1/promote", TestServer.ADMIN_KEY, ""))) {
            assertTrue(response.statusCode() >= 400, response.body());
            assertTrue(!response.body().contains(root) && !response.body().contains("Exception"), response.body());
        }
    }

    @Test
    void healthAndOpenApiNeedNoKey() throws IOException {
        assertEquals("ok", json(server.get("/health", null)).path("status").asText());
        assertEquals(200, server.get("/openapi.json", null).statusCode());
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
