package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.config.Limits;
import dev.propensity.server.config.ServerConfig;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift against the generator's known truth: a champion trained on the generator's usual population, then
 * traffic from its shifted population (other personas, industries, sources, larger companies) must be flagged,
 * while traffic from the usual population under another seed must not raise a major alert.
 */
class LiveReportDriftTest {
    private static final Path SHIPPED_SCHEMA = Path.of("..", "datasets", "synthetic.schema.json");
    private static final int TRAFFIC = 1000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;
    static Schema schema;
    static Path models;

    @BeforeAll
    static void trainAChampionOnTheUsualPopulation() throws IOException {
        Schema shipped = SchemaReader.read(SHIPPED_SCHEMA);
        // The shipped schema names the committed sample; the data here is generated into the test's folder.
        schema = new Schema(shipped.name(), Optional.empty(), shipped.format(), shipped.id(), shipped.label(),
                shipped.timestamp(), shipped.survey(), shipped.features(), shipped.excluded(), shipped.segments());
        models = dir.resolve("models");
        ModelRegistry registry = ModelRegistry.at(models);
        new TrainingRun(registry, TrainingOptions.DEFAULT, t -> Map.of())
                .run(population("training", 3000, 1, false), true, "test", "usual population");
        assertTrue(registry.champion().isPresent(), "the synthetic leads did not pass the training guards");
    }

    @Test
    void trafficFromAShiftedPopulationIsFlaggedAsDriftNamingTheField() throws IOException {
        JsonNode report = liveReportAfterScoring("shifted", population("shifted", TRAFFIC, 2, true), true);
        assertEquals(TRAFFIC, report.path("scored").asLong());
        assertEquals(TRAFFIC, report.path("overall").path("outcomes").asLong());
        JsonNode top = report.path("field_shifts").get(0);
        assertTrue(top.path("psi").path("value").asDouble() >= 0.1, top.toString());
        String alerts = report.path("alerts").toString();
        assertTrue(alerts.toLowerCase(java.util.Locale.ROOT).contains(top.path("description").asText().toLowerCase(java.util.Locale.ROOT)),
                "no alert names " + top.path("description") + ": " + alerts);
        assertTrue(alerts.contains("shifted"), alerts);
    }

    @Test
    void trafficFromTheUsualPopulationRaisesNoMajorAlert() throws IOException {
        JsonNode report = liveReportAfterScoring("usual", population("usual", TRAFFIC, 3, false), false);
        assertEquals(TRAFFIC, report.path("scored").asLong());
        for (JsonNode alert : report.path("alerts")) {
            assertFalse(alert.path("severity").asText().equals("major"), report.path("alerts").toString());
        }
        assertTrue(report.path("field_shifts").get(0).path("psi").path("value").asDouble() < 0.25,
                report.path("field_shifts").get(0).toString());
    }

    /**
     * Scores every lead of {@code traffic} on a server with its own store, posts their outcomes when asked, then
     * reads the live report.
     */
    private static JsonNode liveReportAfterScoring(String name, LeadTable traffic, boolean outcomes) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("server-" + name));
        ServerConfig base = TestServer.config(models, folder);
        ServerConfig config = new ServerConfig(base.host(), 0, models, base.databaseUrl(), base.keys(),
                new Limits(250, 4L << 20), base.reloadInterval());
        try (TestServer server = TestServer.start(config)) {
            for (int from = 0; from < traffic.ids().length; from += 250) {
                HttpResponse<String> response = server.post("/v1/score/batch", TestServer.SCORE_KEY,
                        batch(traffic, from, Math.min(from + 250, traffic.ids().length)));
                assertEquals(200, response.statusCode(), response.body());
                if (outcomes) {
                    response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY,
                            outcomes(traffic, from, Math.min(from + 250, traffic.ids().length)));
                    assertEquals(201, response.statusCode(), response.body());
                }
            }
            return ReportPages.json(server, "/reports/live");
        }
    }

    /** Leads as a CRM would post them: the schema's fields, raw, under their lead id. */
    private static String batch(LeadTable table, int from, int to) {
        ArrayNode leads = MAPPER.createArrayNode();
        for (int row = from; row < to; row++) {
            ObjectNode lead = leads.addObject().put(schema.id(), table.ids()[row]);
            for (FeatureSpec feature : schema.features()) {
                Object raw = table.column(feature.name()).raw(row);
                if (raw instanceof Double number) {
                    lead.put(feature.name(), number);
                } else if (raw != null) {
                    lead.put(feature.name(), raw.toString());
                }
            }
        }
        return leads.toString();
    }

    /** The CRM's outcomes of those leads, as it would post them once they closed. */
    private static String outcomes(LeadTable table, int from, int to) {
        ArrayNode outcomes = MAPPER.createArrayNode();
        for (int row = from; row < to; row++) {
            outcomes.addObject().put("lead_id", table.ids()[row]).put("outcome", table.won()[row] == 1 ? "won" : "lost")
                    .put("close_date", "2026-01-15").put("idempotency_key", "close-" + table.ids()[row]);
        }
        return outcomes.toString();
    }

    private static LeadTable population(String name, int leads, long seed, boolean shift) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        new SyntheticCrm(new GeneratorSettings(leads, seed, shift)).generate(folder, n -> { });
        return new LeadTableLoader(schema).load(folder.resolve("opportunities.csv"), Optional.of(folder.resolve("surveys.csv")));
    }
}
