package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The server yields the core after each response (issue 13's tail) on every connection it serves, and a yielding
 * thread still answers each keep-alive client its own requests, in order, however many clients share the pool.
 */
class YieldAfterResponseTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theServerYieldsAndEachKeepAliveClientGetsItsOwnAnswersInOrder() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            assertTrue(server.server().yieldsAfterEachResponse());
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
        }
    }

    @Test
    void turnedOffItLeavesTheConnectorsAsJavalinMadeThem() throws Exception {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false)
                .get("/", ctx -> ctx.result("ok")).start("127.0.0.1", 0);
        try {
            YieldAfterResponse.installOn(app, false);
            assertFalse(YieldAfterResponse.isOn(app));
            YieldAfterResponse.installOn(app, true);
            assertTrue(YieldAfterResponse.isOn(app));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("ok", answer.body());
        } finally {
            app.stop();
        }
    }
}
