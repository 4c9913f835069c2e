package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.server.http.YieldAfterResponse.Mode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server yields the core after each response while it runs on one core (issue 13's tail), on every connection
 * it serves; a yielding thread still answers each keep-alive client its own requests, in order, however many clients
 * share the pool; and the switch for measuring it takes always, auto or off, and nothing else.
 */
class YieldAfterResponseTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void byDefaultTheServerYieldsOnlyWhileItMayUseOneProcessor() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            YieldAfterResponse yielding = server.server().yieldAfterResponse();
            assertNotNull(yielding, "every connector carries the listener");
            assertEquals(Runtime.getRuntime().availableProcessors() == 1, yielding.yieldsNow());
        }
    }

    @Test
    void yieldingAfterEveryResponseEachKeepAliveClientGetsItsOwnAnswersInOrder() throws Exception {
        System.setProperty(YieldAfterResponse.PROPERTY, "always");
        try (TestServer server = TestServer.startWithChampion(folder)) {
            assertTrue(server.server().yieldAfterResponse().yieldsNow());
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> sessions = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    String client = "client-" + c;
                    sessions.add(clients.submit(() -> {
                        // A client's requests go one after another, over the kept-alive connections of the pool.
                        List<String> ids = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY,
                                    Leads.withId(client + "-" + i));
                            assertEquals(200, response.statusCode(), response.body());
                            ids.add(MAPPER.readTree(response.body()).get("lead_id").asText());
                        }
                        return ids;
                    }));
                }
                for (int c = 0; c < sessions.size(); c++) {
                    List<String> ids = sessions.get(c).get();
                    for (int i = 0; i < ids.size(); i++) {
                        assertEquals("client-" + c + "-" + i, ids.get(i));
                    }
                }
            } finally {
                clients.shutdownNow();
            }
        } finally {
            System.clearProperty(YieldAfterResponse.PROPERTY);
        }
    }

    @Test
    void theSwitchNamesAlwaysAutoOrOffAndRefusesAnythingElse() {
        assertEquals(Mode.AUTO, Mode.of(null));
        assertEquals(Mode.AUTO, Mode.of(" Auto "));
        assertEquals(Mode.ALWAYS, Mode.of("always"));
        assertEquals(Mode.ALWAYS, Mode.of("true"));
        assertEquals(Mode.OFF, Mode.of("OFF"));
        assertEquals(Mode.OFF, Mode.of("false"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Mode.of("sometimes"));
        assertEquals("-Dpropensity.http.yieldAfterResponse must be always, auto or off, got 'sometimes'",
                wrong.getMessage());
    }

    @Test
    void turnedOffItLeavesTheConnectorsAsJavalinMadeThem() throws Exception {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false)
                .get("/", ctx -> ctx.result("ok")).start("127.0.0.1", 0);
        try {
            YieldAfterResponse.installOn(app, Mode.OFF);
            assertNull(YieldAfterResponse.on(app));
            YieldAfterResponse.installOn(app, Mode.ALWAYS);
            assertTrue(YieldAfterResponse.on(app).yieldsNow());
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("ok", answer.body());
        } finally {
            app.stop();
        }
    }
}
