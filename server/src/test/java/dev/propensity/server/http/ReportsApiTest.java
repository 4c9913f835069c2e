package dev.propensity.server.http;

import static dev.propensity.server.http.ReportPages.HTML;
import static dev.propensity.server.http.ReportPages.JSON;
import static dev.propensity.server.http.ScoreApiTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportsApiTest {
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

    @ParameterizedTest
    @ValueSource(strings = {"/reports", "/reports/v1", "/reports/2", "/reports/live"})
    void eachRouteAnswersJsonOrAPageByAcceptAndBothSayTheSameNumbers(String path) {
        JsonNode json = ReportPages.json(server, path);
        JsonNode page = ReportPages.embedded(server, path, HTML);
        assertEquals(ReportPages.figures(json), ReportPages.figures(page));
        // No Accept header, or */*, is a browser or curl: the page.
        assertEquals(ReportPages.figures(json), ReportPages.figures(ReportPages.embedded(server, path, null)));
        assertEquals(ReportPages.figures(json), ReportPages.figures(ReportPages.embedded(server, path, "*/*")));
    }

    @Test
    void theIndexListsEachVersionWithItsMetricsAndLinksToTheLiveReport() {
        JsonNode index = ReportPages.json(server, "/reports");
        assertEquals("v1", index.path("champion").asText());
        assertEquals("/reports/live", index.path("live_report").asText());
        assertEquals(2, index.path("versions").size());
        JsonNode v1 = index.path("versions").get(1);
        assertEquals("v1", v1.path("version").asText());
        assertTrue(v1.path("champion").asBoolean());
        assertEquals("/reports/v1", v1.path("report").asText());
        assertTrue(v1.path("roc_auc").asDouble() > 0.5, v1.toString());
        String page = ReportPages.get(server, "/reports", TestServer.SCORE_KEY, HTML).body();
        assertTrue(page.contains("href=\"/reports/v1\""), page);
        assertTrue(page.contains("href=\"/reports/live\""), page);
    }

    @Test
    void aVersionReportIsTheReportOfThatVersion() {
        JsonNode report = ReportPages.json(server, "/reports/v2");
        assertTrue(report.toString().contains("v2"), report.toString());
        assertTrue(report.path("discrimination").path("roc_auc").isNumber(), report.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/reports", "/reports/v1", "/reports/live"})
    void withoutAKeyEachRouteIsA401(String path) throws IOException {
        HttpResponse<String> response = ReportPages.get(server, path, null, JSON);
        assertError(response, 401, "unauthorized");
        assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
        assertError(ReportPages.get(server, path + "?key=not-a-key", null, JSON), 401, "unauthorized");
    }

    @Test
    void aBrowserMaySendTheKeyAsAQueryParameterOnReportsOnly() throws IOException {
        HttpResponse<String> page = ReportPages.get(server, "/reports/live?key=" + TestServer.SCORE_KEY, null, HTML);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertError(server.get("/v1/models?key=" + TestServer.SCORE_KEY, null), 401, "unauthorized");
    }

    @Test
    void aKeyWithoutTheScoreScopeIsA403() throws IOException {
        assertError(ReportPages.get(server, "/reports", TestServer.FEEDBACK_KEY, JSON), 403, "forbidden");
    }

    @Test
    void anUnknownVersionIsA404() throws IOException {
        assertError(ReportPages.get(server, "/reports/v99", TestServer.SCORE_KEY, JSON), 404, "unknown_version");
    }

    @Test
    void aMalformedVersionIsA400NamingIt() throws IOException {
        HttpResponse<String> response = ReportPages.get(server, "/reports/latest", TestServer.SCORE_KEY, JSON);
        assertError(response, 400, "invalid_version");
        assertTrue(response.body().contains("latest"), response.body());
    }

    @Test
    void theLiveWindowIsAQueryParameterAndABadOneIsA400() throws IOException {
        assertEquals(90, ReportPages.json(server, "/reports/live?days=90").path("window_days").asInt());
        assertEquals(30, ReportPages.json(server, "/reports/live").path("window_days").asInt());
        assertError(ReportPages.get(server, "/reports/live?days=soon", TestServer.SCORE_KEY, JSON), 400, "invalid_field");
        assertError(ReportPages.get(server, "/reports/live?days=0", TestServer.SCORE_KEY, JSON), 400, "invalid_field");
    }

    @Test
    void theAccessLogNeverRecordsAKeySentInTheQuery() throws InterruptedException {
        // The server's own lines as they are logged (the log's thread writes them a few milliseconds later).
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.server().observer().onAccessLine(lines::add);
        assertEquals(200, ReportPages.get(server, "/reports?key=" + TestServer.SCORE_KEY, null, JSON).statusCode());
        ReportPages.get(server, "/reports/v1?key=" + TestServer.SCORE_KEY + "x", null, JSON);
        for (int wait = 0; wait < 500 && lines.stream().noneMatch(l -> l.contains(" 401 ")); wait++) {
            Thread.sleep(10);
        }
        String log = String.join("\n", lines);
        assertTrue(log.contains("GET /reports 200 "), log);
        // Refused in the authentication filter, so the line names the filter's path.
        assertTrue(log.contains("GET /reports/* 401 "), log);
        assertFalse(log.contains("key="), log);
        assertFalse(log.contains(TestServer.SCORE_KEY), log);
    }

    @Test
    void withoutAChampionTheLiveReportIsA503() throws IOException {
        Path other = Files.createDirectories(folder.resolve("no-champion"));
        try (TestServer empty = TestServer.start(other.resolve("models"), other)) {
            assertError(ReportPages.get(empty, "/reports/live", TestServer.SCORE_KEY, JSON), 503, "no_champion");
            assertEquals(0, ReportPages.json(empty, "/reports").path("versions").size());
        }
    }
}
