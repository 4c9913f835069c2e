package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.server.config.CrmMappings;
import dev.propensity.server.crm.FieldAliases;
import dev.propensity.server.crm.StageMap;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document as clients meet it: valid for the 3.0.3 it declares (swagger-parser reports no error), every
 * operation named and with its errors, the lead schema following the champion, and equal to the committed snapshot
 * the Java client is generated from.
 */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The document the build generates the Java client from; rewrite with {@code -Dopenapi.snapshot.update=true}. */
    static final Path SNAPSHOT = Path.of("src/test/resources/openapi/tiny-v1.json");
    /** What the snapshot's {@code servers} entry says instead of the test server's random port. */
    static final String SNAPSHOT_SERVER = "http://127.0.0.1:7070";

    @TempDir
    Path folder;

    /** Every error swagger-parser reports for a document, empty when it is valid. */
    static List<String> validationErrors(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
        List<String> errors = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            errors.add("the document could not be read at all");
        }
        return errors;
    }

    /**
     * What swagger-parser does not check but 3.0 requires, and Salesforce and code generators reject: a schema's
     * {@code type} is one of 3.0's six (no 3.1 {@code "null"}), and {@code nullable} stands beside a {@code type}.
     */
    static List<String> version30Errors(JsonNode node, String path) {
        List<String> errors = new ArrayList<>();
        if (node.isObject()) {
            boolean schemaLike = !path.contains("/securitySchemes") && !path.endsWith("/properties");
            JsonNode type = node.get("type");
            if (schemaLike && type != null && (!type.isTextual() || !TYPES_30.contains(type.asText()))) {
                errors.add(path + ": type " + type + " is not an OpenAPI 3.0 type");
            }
            if (schemaLike && node.has("nullable") && type == null) {
                errors.add(path + ": nullable without a type");
            }
            // Examples are data, not schemas: an event's "type": "web_visit" is a value, not a schema type.
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("example") && !e.getKey().equals("examples")) {
                    errors.addAll(version30Errors(e.getValue(), path + "/" + e.getKey()));
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                errors.addAll(version30Errors(node.get(i), path + "/" + i));
            }
        }
        return errors;
    }

    private static final Set<String> TYPES_30 = Set.of("array", "boolean", "integer", "number", "object", "string");

    @Test
    void theChecksReportTheOldDocumentsKindOfErrors() throws IOException {
        String old = """
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": {"responses":
                  {"200": {"content": {}}}}}},
                 "components": {"schemas": {"Lead": {"type": "object",
                   "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "null"}]}},
                   "Reason": {"properties": {"value": {"nullable": true}}}}}}
                """;
        assertFalse(validationErrors(old).isEmpty(), "swagger-parser reports the response without a description");
        assertEquals(List.of("/components/schemas/Lead/additionalProperties/oneOf/1: type \"null\" is not an OpenAPI 3.0 type",
                "/components/schemas/Reason/properties/value: nullable without a type"), version30Errors(JSON.readTree(old), ""));
    }

    @Test
    void theDocumentWithAChampionIsValidAndNamesTheModelInItsVersion() throws IOException {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            String text = server.get("/openapi.json", null).body();
            assertEquals(List.of(), validationErrors(text));
            JsonNode doc = JSON.readTree(text);
            assertEquals(List.of(), version30Errors(doc, ""));
            assertEquals("3.0.3", doc.path("openapi").asText());
            assertEquals("1.1.0+model.1", doc.path("info").path("version").asText());
            assertEquals("http://127.0.0.1:" + server.server().port(), doc.path("servers").get(0).path("url").asText());
                    }
    }

    @Test
    void theDocumentWithoutAChampionIsValidToo() throws IOException {
        try (TestServer server = TestServer.start(Files.createDirectories(folder.resolve("empty")), folder)) {
            String text = server.get("/openapi.json", null).body();
            assertEquals(List.of(), validationErrors(text));
            assertEquals(List.of(), version30Errors(JSON.readTree(text), ""));
            assertEquals("1.1.0+no-model", JSON.readTree(text).path("info").path("version").asText());
        }
    }

    @Test
    void theLeadSchemaHasTheChampionsFieldsKindsAndCategoriesAndFollowsAPromotion() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            JsonNode lead = JSON.readTree(server.get("/openapi.json", null).body()).at("/components/schemas/Lead");
            JsonNode properties = lead.path("properties");
            assertEquals(List.of("lead_id", "industry", "employees", "requested_call", "noise"), names(properties));
            assertEquals("string", properties.at("/industry/type").asText());
            assertEquals("categorical", properties.at("/industry/x-propensity-kind").asText());
            Set<String> categories = new HashSet<>();
            properties.at("/industry/x-propensity-categories").forEach(c -> categories.add(c.asText()));
            assertTrue(categories.containsAll(Set.of("software", "retail", "health")), categories.toString());
            assertTrue(properties.at("/industry/description").asText().contains("software"));
            assertEquals("number", properties.at("/employees/type").asText());
            assertEquals("boolean", properties.at("/requested_call/type").asText());
            assertTrue(properties.at("/employees/nullable").asBoolean());
            assertEquals(names(properties), names(lead.path("example")), "the example lead has every field");

            server.post("/v1/models/2/promote", TestServer.ADMIN_KEY, "{\"why\": \"test\"}");
            String version = "";
            for (int i = 0; i < 200 && !version.equals("1.1.0+model.2"); i++) {
                Thread.sleep(50);
                version = JSON.readTree(server.get("/openapi.json", null).body()).at("/info/version").asText();
            }
            assertEquals("1.1.0+model.2", version);
        }
    }

    @Test
    void aliasesAreDocumentedAsPropertiesAndConfiguredStagesAsOutcomes() throws IOException {
        FieldAliases aliases = FieldAliases.parse("test aliases", List.of("employees = company_size, CompanySize"));
        CrmMappings crm = new CrmMappings(aliases, StageMap.parse("Closed Won=won,Closed Lost=lost", "test"));
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        try (TestServer server = TestServer.start(TestServer.config(models, folder).withCrm(crm))) {
            String text = server.get("/openapi.json", null).body();
            assertEquals(List.of(), validationErrors(text));
            JsonNode doc = JSON.readTree(text);
            assertEquals(List.of(), version30Errors(doc, ""));
            JsonNode properties = doc.at("/components/schemas/Lead/properties");
            assertEquals("employees", properties.at("/company_size/x-propensity-alias-of").asText());
            assertEquals("number", properties.at("/CompanySize/type").asText());
            List<String> outcomes = new ArrayList<>();
            doc.at("/components/schemas/Outcome/properties/outcome/enum").forEach(o -> outcomes.add(o.asText()));
            assertEquals(List.of("won", "lost", "Closed Won", "Closed Lost"), outcomes);
        }
    }

    @Test
    void everyOperationHasAnIdItsErrorsInTheOneShapeAndDescriptionsWithoutMarkup() throws IOException {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            String text = server.get("/openapi.json", null).body();
            JsonNode doc = JSON.readTree(text);
            Set<String> ids = new HashSet<>();
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
                while (operations.hasNext()) {
                    Map.Entry<String, JsonNode> entry = operations.next();
                    String where = entry.getKey() + " " + path.getKey();
                    JsonNode op = entry.getValue();
                    assertTrue(ids.add(op.path("operationId").asText()), where + ": a missing or repeated operationId");
                    assertTrue(op.path("operationId").asText().matches("[a-z][A-Za-z]+"), where);
                    boolean secured = !op.has("security") || !op.path("security").isEmpty();
                    List<String> errors = new ArrayList<>();
                    op.path("responses").fieldNames().forEachRemaining(code -> {
                        if (code.startsWith("4") || code.startsWith("5")) {
                            errors.add(code);
                            String ref = op.path("responses").path(code).path("$ref").asText();
                            JsonNode response = doc.at("/components/responses/" + ref.substring(ref.lastIndexOf('/') + 1));
                            assertEquals("#/components/schemas/Error",
                                    response.at("/content/application~1json/schema/$ref").asText(), where + " " + code);
                        }
                    });
                    // Any key may ask GET /v1/key, so an operation without a scope has no 403 to answer.
                    boolean scoped = false;
                    for (JsonNode requirement : op.path("security")) {
                        for (JsonNode scopes : requirement) {
                            scoped |= !scopes.isEmpty();
                        }
                    }
                    if (secured) {
                        assertTrue(errors.contains("401"), where + " lacks 401: " + errors);
                        assertTrue(!scoped && op.has("security") || errors.contains("403"), where + " lacks 403: " + errors);
                    }
                }
            }
            assertEquals(21, ids.size());
            assertFalse(text.contains("<script") || text.matches("(?s).*\"description\" ?: ?\"[^\"]*<[a-z].*"),
                    "no markup in descriptions");
        }
    }

    @Test
    void theLiveDocumentEqualsTheSnapshotTheClientIsGeneratedFrom() throws IOException {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            ObjectNode live = (ObjectNode) JSON.readTree(server.get("/openapi.json", null).body());
            ((ObjectNode) live.path("servers").get(0)).put("url", SNAPSHOT_SERVER);
            if (Boolean.getBoolean("openapi.snapshot.update")) {
                Files.writeString(SNAPSHOT, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
            }
            assertEquals(JSON.readTree(Files.readString(SNAPSHOT)), live, "the document changed: rerun this test with"
                    + " -Dopenapi.snapshot.update=true to rewrite " + SNAPSHOT + ", then rebuild so that the client is"
                    + " generated from it");
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
