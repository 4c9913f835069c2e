package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogTest {
    @TempDir
    Path folder;

    @Test
    void theAccessLogNamesRouteStatusAndVersionButNoPersonalData() throws IOException {
        String lead = "{\"lead_id\": \"L-private\", \"industry\": \"Software\", \"email\": \"jane.doe@example.com\","
                + " \"name\": \"Jane Doe\", \"phone\": \"+44 20 7946 0000\"}";
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        try (TestServer server = TestServer.startWithChampion(folder)) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(200, server.post("/v1/score", TestServer.SCORE_KEY, lead).statusCode());
            server.get("/no/such/page/jane.doe@example.com", null);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("POST /v1/score 200 "), log);
        assertTrue(log.contains("model=v1"), log);
        assertTrue(log.contains("GET unmatched 404 "), log);
        for (String personal : new String[] {"jane.doe", "Jane Doe", "7946", "L-private"}) {
            assertFalse(log.contains(personal), personal + " leaked into the log:\n" + log);
        }
    }
}
