package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live report over a store filled the way production fills it: leads scored over HTTP, outcomes posted. */
class LiveReportApiTest {
    private static final int LEADS = 160;

    @TempDir
    Path folder;

    @Test
    void theLiveReportCountsTheOutcomesPostedForScoredLeadsAndMeasuresTheirAuc() throws IOException {
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        List<String[]> leads = leads(Files.createDirectories(folder.resolve("fresh")));
        try (TestServer server = TestServer.start(models, folder)) {
            for (String[] lead : leads) {
                assertEquals(200, server.post("/v1/score", TestServer.SCORE_KEY, lead[0]).statusCode());
            }
            // Outcomes for all but the last ten leads: those have no outcome yet.
            List<String[]> closed = leads.subList(0, LEADS - 10);
            for (int from = 0; from < closed.size(); from += 20) {
                List<String> batch = new ArrayList<>();
                for (String[] lead : closed.subList(from, Math.min(from + 20, closed.size()))) {
                    batch.add(lead[1]);
                }
                int status = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, "[" + String.join(",", batch) + "]")
                        .statusCode();
                assertEquals(201, status);
            }
            JsonNode report = ReportPages.json(server, "/reports/live");
            assertEquals("v1", report.path("subject").asText());
            assertEquals(LEADS, report.path("scored").asLong());
            JsonNode overall = report.path("overall");
            assertEquals(LEADS - 10, overall.path("outcomes").asLong(), overall.toString());
            long wins = closed.stream().filter(l -> l[1].contains("\"won\"")).count();
            assertEquals(wins, overall.path("wins").asLong());
            // The tiny leads carry a real signal, so the champion ranks the fresh ones well above chance.
            assertTrue(overall.path("auc").asDouble() > 0.6, overall.toString());
            assertTrue(report.path("training_auc").asDouble() > 0.6, report.toString());
            assertEquals(1, report.path("weeks").get(report.path("weeks").size() - 1).path("quality").path("outcomes")
                    .asLong() / (LEADS - 10), "this week's outcomes");
            String page = ReportPages.get(server, "/reports/live", TestServer.SCORE_KEY, ReportPages.HTML).body();
            assertTrue(page.contains("data-key=\"/overall/outcomes\" data-value=\"" + (double) (LEADS - 10) + "\""), page);
            assertEquals(ReportPages.figures(report), ReportPages.figures(ReportPages.embedded(page)));
        }
    }

    /** Fresh tiny leads (another seed than training's) as {score request, outcome post}. */
    private static List<String[]> leads(Path dir) throws IOException {
        TinyLeads.write(dir, LEADS, 99);
        List<String> lines = Files.readAllLines(dir.resolve("leads.csv"));
        List<String[]> leads = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            String id = "live-" + c[0];
            String score = String.format(Locale.ROOT,
                    "{\"lead_id\": \"%s\", \"industry\": %s, \"employees\": %s, \"requested_call\": %s, \"noise\": %s}",
                    id, c[1], c[2], c[3].equals("yes"), c[4]);
            String outcome = "{\"lead_id\": \"" + id + "\", \"outcome\": \"" + c[6] + "\", \"close_date\": \"2026-01-15\","
                    + " \"idempotency_key\": \"k-" + id + "\"}";
            leads.add(new String[] {score, outcome});
        }
        return leads;
    }
}
