package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
}
