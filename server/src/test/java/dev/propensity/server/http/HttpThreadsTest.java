package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.server.config.Limits;
import dev.propensity.server.config.ServerConfig;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server given a small fixed HTTP pool ({@code --http-threads}) runs on exactly that many threads and still
 * answers many clients at once, each with its own lead's score, since a pool thread serves a request at a time and
 * the connections wait their turn rather than fail.
 */
class HttpThreadsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void fourThreadsAnswerSixteenClientsAtOnceEachWithItsOwnLead() throws Exception {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        ServerConfig base = TestServer.config(models, folder);
        Limits limits = base.limits();
        ServerConfig config = new ServerConfig(base.host(), 0, models, base.databaseUrl(), base.keys(),
                new Limits(limits.maxBatch(), limits.maxBodyBytes(), Limits.MIN_HTTP_THREADS), base.reloadInterval());
        try (TestServer server = TestServer.start(config)) {
            assertEquals(Limits.MIN_HTTP_THREADS, server.server().httpThreadsAtMost());
            ExecutorService clients = Executors.newFixedThreadPool(16);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    String id = "pool-" + i;
                    answers.add(clients.submit(() -> server.post("/v1/score", TestServer.SCORE_KEY, Leads.withId(id))));
                }
                for (int i = 0; i < answers.size(); i++) {
                    HttpResponse<String> response = answers.get(i).get();
                    assertEquals(200, response.statusCode(), response.body());
                    JsonNode body = MAPPER.readTree(response.body());
                    assertEquals("pool-" + i, body.get("lead_id").asText());
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }

    @Test
    void withoutTheSettingJavalinsOwnPoolIsKept() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            // Javalin's default pool grows to 250 threads; a fixed pool would say its own size.
            assertEquals(250, server.server().httpThreadsAtMost());
        }
    }
}
