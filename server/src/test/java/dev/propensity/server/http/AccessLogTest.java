package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogTest {
    @TempDir
    Path folder;

    @Test
    void theAccessLogNamesRouteStatusAndVersionButNoPersonalData() throws IOException {
        String lead = "{\"lead_id\": \"L-private\", \"industry\": \"Software\", \"email\": \"jane.doe@example.com\","
                + " \"name\": \"Jane Doe\", \"phone\": \"+44 20 7946 0000\"}";
        // The server's own lines, handed over as they are logged: no swapped System.err, so tests may run in parallel.
        List<String> lines = new CopyOnWriteArrayList<>();
        try (TestServer server = TestServer.startWithChampion(folder)) {
            server.server().observer().onAccessLine(lines::add);
            assertEquals(200, server.post("/v1/score", TestServer.SCORE_KEY, lead).statusCode());
            server.get("/no/such/page/jane.doe@example.com", null);
        }
        String log = String.join("\n", lines);
        assertTrue(log.contains("POST /v1/score 200 "), log);
        assertTrue(log.contains("model=v1"), log);
        assertTrue(log.contains("GET unmatched 404 "), log);
        for (String personal : new String[] {"jane.doe", "Jane Doe", "7946", "L-private"}) {
            assertFalse(log.contains(personal), personal + " leaked into the log:\n" + log);
        }
    }

    @Test
    void linesAreWrittenInOrderAsSlf4jSimplePrintsThem() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AccessLog log = new AccessLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), true)) {
            log.add(new AccessLog.Entry("POST", "/v1/score", 200, 3_400_000, 7, "r-1"));
            log.add(new AccessLog.Entry("GET", "unmatched", 404, 100_000, null, "r-2"));
            log.add(new AccessLog.Entry("POST", "/v1/outcomes", 400, 12_000_000, 7, "r-3"));
        }
        assertEquals(List.of(
                "[access-log] INFO dev.propensity.server.access - POST /v1/score 200 3ms model=v7 request=r-1",
                "[access-log] INFO dev.propensity.server.access - GET unmatched 404 0ms model=- request=r-2",
                "[access-log] INFO dev.propensity.server.access - POST /v1/outcomes 400 12ms model=v7 request=r-3"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aLogSwitchedOffWritesNothingButListenersStillHearEveryLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> heard = new CopyOnWriteArrayList<>();
        try (AccessLog log = new AccessLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)) {
            log.onLine(heard::add);
            log.add(new AccessLog.Entry("GET", "/health", 200, 0, null, "r-1"));
            log.add(new AccessLog.Entry("GET", "/metrics", 200, 0, null, "r-2"));
        }
        assertEquals(0, bytes.size());
        assertEquals(List.of("GET /health 200 0ms model=- request=r-1", "GET /metrics 200 0ms model=- request=r-2"),
                heard);
    }
}
