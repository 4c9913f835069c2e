package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's page needs no key, its data routes do; the schema route says what the champion's form needs. */
class DashboardRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void thePageAndChartJsAreServedWithoutAKeyAndOnlyFromThisServer() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            HttpResponse<String> page = server.get("/", null);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<title>Propensity dashboard</title>"));
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("connect-src 'self'") && policy.contains("script-src 'self'"), policy);
            // The page names the webjar's folder by the version Maven put in; that file must exist.
            String chart = page.body().replaceAll("(?s).*src=\"(/webjars/chart\\.js/[^\"]+)\".*", "$1");
            assertEquals(200, server.get(chart, null).statusCode(), chart);
            assertFalse(page.body().contains("http://") || page.body().contains("https://"), "nothing from the internet");
            assertEquals(200, server.get("/js/main.js", null).statusCode());
            ScoreApiTest.assertError(server.get("/v1/models", null), 401, "unauthorized");
        }
    }

    @Test
    void theSchemaRouteListsTheChampionsFieldsWithTheCategoriesItLearnt() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            HttpResponse<String> answer = server.get("/v1/models/champion/schema", TestServer.SCORE_KEY);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode schema = JSON.readTree(answer.body());
            assertEquals(1, schema.get("model_version").asInt());
            assertEquals("lead_id", schema.get("id_field").asText());
            JsonNode fields = schema.get("fields");
            assertEquals(4, fields.size());
            JsonNode industry = fields.get(0);
            assertEquals("industry", industry.get("name").asText());
            assertEquals("categorical", industry.get("kind").asText());
            Set<String> levels = new TreeSet<>();
            industry.get("categories").forEach(c -> levels.add(c.asText()));
            // TinyLeads spells software three ways; the pipeline folds them into one level.
            assertEquals(Set.of("finance", "health", "retail", "software"), levels);
            JsonNode employees = fields.get(1);
            assertEquals("numeric", employees.get("kind").asText());
            assertNull(employees.get("categories"));
            // Employees are exp(3 + 1.5 z): the average lead on the log scale has about e^3 - 1 = 19 employees.
            double typical = employees.get("typical").asDouble();
            assertTrue(typical > 12 && typical < 35, "typical employees " + typical);
            assertEquals("boolean", fields.get(2).get("kind").asText());
            assertEquals("intent", fields.get(2).get("group").asText());
        }
    }

    @Test
    void theSchemaNeedsTheScoreScopeAndTheKeyRouteAnswersAnyValidKey() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            ScoreApiTest.assertError(server.get("/v1/models/champion/schema", null), 401, "unauthorized");
            ScoreApiTest.assertError(server.get("/v1/models/champion/schema", TestServer.FEEDBACK_KEY), 403, "forbidden");
            ScoreApiTest.assertError(server.get("/v1/key", "not-a-key-0123456789"), 401, "unauthorized");
            JsonNode crm = JSON.readTree(server.get("/v1/key", TestServer.FEEDBACK_KEY).body());
            assertEquals("crm", crm.get("name").asText());
            assertEquals("[\"feedback\"]", crm.get("scopes").toString());
            JsonNode admin = JSON.readTree(server.get("/v1/key", TestServer.ADMIN_KEY).body());
            assertEquals("[\"score\",\"feedback\",\"admin\"]", admin.get("scopes").toString());
            assertFalse(server.get("/v1/key", TestServer.ADMIN_KEY).body().contains(TestServer.ADMIN_KEY));
        }
    }
}
