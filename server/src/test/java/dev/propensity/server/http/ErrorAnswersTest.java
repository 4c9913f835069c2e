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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorAnswersTest {
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
}
