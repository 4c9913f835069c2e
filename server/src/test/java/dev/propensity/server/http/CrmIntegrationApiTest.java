package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.server.config.CrmMappings;
import dev.propensity.server.crm.CrmMappingException;
import dev.propensity.server.crm.FieldAliases;
import dev.propensity.server.crm.StageMap;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.ScoreRecord;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CRM's side of the API: its property names, its flat write-back shape and its deal stages, over real HTTP. */
class CrmIntegrationApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As HubSpot's webhooks send properties: under its own names, every value as text. */
    private static final String HUBSPOT_LEAD = "{\"hs_object_id\": \"501\", \"industry\": \"Software\","
            + " \"company_size\": \"5000\", \"requested_call\": \"true\", \"noise\": \"0.1\"}";

    @TempDir
    Path folder;

    private TestServer start(String aliases, String stages) throws IOException {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        CrmMappings crm = new CrmMappings(FieldAliases.parse("test aliases", aliases.lines().toList()),
                stages == null ? StageMap.NONE : StageMap.parse(stages, "PROPENSITY_STAGE_MAP"));
        return TestServer.start(TestServer.config(models, folder).withCrm(crm));
    }

    @Test
    void aLeadInTheCrmsNamesScoresLikeTheSameLeadInTheSchemasNamesAndIsLoggedInThem() throws Exception {
        try (TestServer server = start("lead_id = hs_object_id\nemployees = company_size, CompanySize", null)) {
            JsonNode aliased = json(server.post("/v1/score", TestServer.SCORE_KEY, HUBSPOT_LEAD));
            JsonNode plain = json(server.post("/v1/score", TestServer.SCORE_KEY, "{\"lead_id\": \"501\","
                    + " \"industry\": \"Software\", \"employees\": 5000, \"requested_call\": true, \"noise\": 0.1}"));
            assertEquals("501", aliased.path("lead_id").asText());
            assertEquals(plain.path("probability"), aliased.path("probability"));
            assertEquals(contributions(plain), contributions(aliased), "text values read as numbers and booleans");
            assertEquals(List.of(), warnings(aliased), "no alias is reported as an unknown field");
            List<String> fields = new ArrayList<>();
            aliased.path("contributions").forEach(c -> fields.add(c.path("field").asText()));
            assertTrue(fields.contains("employees") && !fields.contains("company_size"), fields.toString());
        }
        try (FeedbackStore store = JdbcFeedbackStore.open(DatabaseConfig.of(TestServer.config(folder, folder).databaseUrl()))) {
            List<ScoreRecord> logged = store.scoresSince(Instant.EPOCH);
            assertEquals(2, logged.size());
            JsonNode input = JSON.readTree(logged.get(0).inputJson());
            assertTrue(input.has("employees") && input.has("lead_id"), input.toString());
            assertFalse(input.has("company_size") || input.has("hs_object_id"), "the log keeps the schema's names: " + input);
        }
    }

    @Test
    void aLeadIsLoggedAsSentUnlessAnAliasRenamedItsFieldsOrItCameInAnotherEncoding() throws Exception {
        String spaced = "{ \"lead_id\": \"L1\",\n  \"industry\": \"Énergie\", \"employees\": 12.50 }";
        String utf16 = "{\"lead_id\": \"L2\", \"industry\": \"Software\"}";
        String aliased = "{\"hs_object_id\": \"L3\", \"employees\": 7}";
        try (TestServer server = start("lead_id = hs_object_id", null)) {
            assertEquals(200, server.post("/v1/score", TestServer.SCORE_KEY, spaced).statusCode());
            HttpResponse<String> sixteen = server.send(HttpRequest.newBuilder(server.uri("/v1/score"))
                    .header("Authorization", "Bearer " + TestServer.SCORE_KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(utf16.getBytes(java.nio.charset.StandardCharsets.UTF_16BE))));
            assertEquals(200, sixteen.statusCode(), sixteen.body());
            assertEquals(200, server.post("/v1/score", TestServer.SCORE_KEY, aliased).statusCode());
        }
        try (FeedbackStore store = JdbcFeedbackStore.open(DatabaseConfig.of(TestServer.config(folder, folder).databaseUrl()))) {
            List<ScoreRecord> logged = store.scoresSince(Instant.EPOCH);
            assertEquals(List.of("L1", "L2", "L3"), logged.stream().map(ScoreRecord::leadId).toList());
            assertEquals(spaced, logged.get(0).inputJson(), "the body's own text, spaces, accents and 12.50 kept");
            assertEquals("{\"lead_id\":\"L2\",\"industry\":\"Software\"}", logged.get(1).inputJson(),
                    "UTF-16 is not logged as its bytes but as the JSON it holds");
            assertEquals("{\"lead_id\":\"L3\",\"employees\":7}", logged.get(2).inputJson(), "under the schema's names");
        }
    }

    @Test
    void aFieldSentUnderTwoOfItsNamesIsA400NamingThem() throws Exception {
        try (TestServer server = start("employees = company_size", null)) {
            HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY,
                    "{\"lead_id\": \"L1\", \"employees\": 10, \"company_size\": 20}");
            ScoreApiTest.assertError(response, 400, "invalid_field");
            assertEquals("employees", json(response).at("/error/field").asText());
            HttpResponse<String> batch = server.post("/v1/score/batch", TestServer.SCORE_KEY,
                    "[{\"lead_id\": \"L1\"}, {\"employees\": 10, \"company_size\": 20}]");
            ScoreApiTest.assertError(batch, 400, "invalid_field");
            assertEquals("[1].employees", json(batch).at("/error/field").asText());
        }
    }

    @Test
    void anAliasesFileThatDoesNotFitTheChampionStopsTheServerNamingTheLine() throws IOException {
        CrmMappingException e = assertThrows(CrmMappingException.class,
                () -> start("employees = company_size\nheadcount = employees_hs", null).close());
        assertEquals("test aliases line 2: 'headcount' names no field of model v1 (its fields: lead_id, industry,"
                + " employees, requested_call, noise)", e.getMessage());
    }

    @Test
    void theFlatFormatAnswersTheWriteBackPropertiesOnly() throws Exception {
        try (TestServer server = start("employees = company_size", null)) {
            JsonNode full = json(server.post("/v1/score", TestServer.SCORE_KEY, HUBSPOT_LEAD.replace("hs_object_id", "lead_id")));
            HttpResponse<String> response = server.post("/v1/score?format=flat", TestServer.SCORE_KEY,
                    HUBSPOT_LEAD.replace("hs_object_id", "lead_id"));
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode flat = json(response);
            List<String> names = new ArrayList<>();
            flat.fieldNames().forEachRemaining(names::add);
            // Grade, route and persona are in the flat answer exactly when the full answer has them.
            List<String> expected = new ArrayList<>(List.of("lead_id", "propensity_score", "propensity_probability"));
            for (String[] pair : new String[][] {{"grade", "propensity_grade"}, {"route", "propensity_route"},
                    {"persona", "propensity_persona"}}) {
                if (full.has(pair[0])) {
                    expected.add(pair[1]);
                }
            }
            expected.addAll(List.of("propensity_top_reason", "propensity_model_version"));
            assertEquals(expected, names);
            assertEquals(full.path("grade").isMissingNode() ? "" : full.path("grade").asText(),
                    flat.path("propensity_grade").asText());
            assertEquals(full.path("route").isMissingNode() ? "" : full.path("route").asText(),
                    flat.path("propensity_route").asText());
            assertEquals(full.at("/persona/name").isMissingNode() ? "" : full.at("/persona/name").asText(),
                    flat.path("propensity_persona").asText());
            assertEquals("501", flat.path("lead_id").asText());
            assertEquals(full.path("score"), flat.path("propensity_score"));
            assertEquals(full.path("probability"), flat.path("propensity_probability"));
            assertEquals(full.at("/reasons/0/sentence"), flat.path("propensity_top_reason"));
            assertEquals(1, flat.path("propensity_model_version").asInt());
            for (JsonNode value : flat) {
                assertTrue(value.isValueNode(), "flat means no nesting: " + flat);
            }
        }
    }

    @Test
    void theFlatProfileInAcceptAnswersFlatWithItsMediaTypeAndBatchesToo() throws Exception {
        try (TestServer server = start("", null)) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/v1/score/batch"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestServer.SCORE_KEY)
                    .header("Accept", "application/vnd.propensity.flat+json, application/json;q=0.5")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + Leads.KEEN + ", " + Leads.withId("L-2") + "]")));
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("application/vnd.propensity.flat+json", response.headers().firstValue("Content-Type").orElse(""));
            JsonNode answers = json(response);
            assertEquals(2, answers.size());
            assertEquals("L-keen", answers.get(0).path("lead_id").asText());
            assertEquals("L-2", answers.get(1).path("lead_id").asText());
            assertTrue(answers.get(1).path("propensity_score").isInt());
            ScoreApiTest.assertError(server.post("/v1/score?format=nested", TestServer.SCORE_KEY, Leads.KEEN), 400, "invalid_field");
        }
    }

    @Test
    void aDealStageWebhookIsStoredAsWonOrLostAndAnUnknownStageIsA422NamingTheConfiguredOnes() throws Exception {
        try (TestServer server = start("", "Closed Won=won,Closed Lost=lost")) {
            HttpResponse<String> won = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, "{\"lead_id\": \"L-keen\","
                    + " \"outcome\": \"Closed Won\", \"amount\": \"1200.50\", \"close_date\": 1774915200000,"
                    + " \"idempotency_key\": \"deal-1-closedwon\"}");
            assertEquals(201, won.statusCode(), won.body());
            JsonNode stored = json(won).at("/outcomes/0");
            assertEquals("won", stored.path("outcome").asText());
            assertEquals("2026-03-31", stored.path("close_date").asText(), "HubSpot's epoch milliseconds are a day");
            HttpResponse<String> lost = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, "{\"lead_id\": \"L-2\","
                    + " \"outcome\": \"closed lost\", \"close_date\": \"2026-04-01T16:30:00Z\", \"idempotency_key\": \"deal-2\"}");
            assertEquals("lost", json(lost).at("/outcomes/0/outcome").asText(), lost.body());

            HttpResponse<String> unknown = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, "{\"lead_id\": \"L-3\","
                    + " \"outcome\": \"Negotiation\", \"close_date\": \"2026-04-01\", \"idempotency_key\": \"deal-3\"}");
            ScoreApiTest.assertError(unknown, 422, "unknown_stage");
            JsonNode error = json(unknown).path("error");
            assertEquals("outcomes[0].outcome", error.path("field").asText());
            assertEquals("outcomes[0].outcome: unknown stage 'Negotiation'; configured stages: 'Closed Won' (won),"
                    + " 'Closed Lost' (lost), besides won and lost", error.path("message").asText());
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static List<String> contributions(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("contributions").forEach(c -> out.add(c.path("field").asText() + "=" + c.path("contribution").asDouble()));
        return out;
    }

    private static List<String> warnings(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("warnings").forEach(w -> out.add(w.asText()));
        return out;
    }
}
