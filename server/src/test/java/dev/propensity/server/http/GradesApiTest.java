package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import dev.propensity.grade.GradingFiles;
import dev.propensity.grade.GradingSpecReader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.config.ConfigException;
import dev.propensity.server.config.ConfigKey;
import dev.propensity.server.config.GradingConfig;
import dev.propensity.server.config.ServerConfig;
import dev.propensity.server.config.ServerConfigReader;
import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.ScoreRecord;
import dev.propensity.server.grading.RulesFile;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grades, routes, rules, accounts and events through a real server on a version trained on generated leads. */
class GradesApiTest {
    private static final Path SCHEMA = Path.of("..", "datasets", "synthetic.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LEAD = """
            {"lead_id": "%s", "industry": "Software", "employees": 450, "country": "Germany",
             "contact_title": "%s", "lead_source": "web", "registration_form": "webinar", "requested_call": %s,
             "web_visits": 14, "downloads": 2, "email_clicks": 3, "days_since_last_activity": 2, "product": "Sales CRM"
             %s}""";

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void trainAndServe() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        new SyntheticCrm(new GeneratorSettings(3000, 5, false)).generate(data, n -> { });
        Schema shipped = SchemaReader.read(SCHEMA);
        Schema schema = new Schema(shipped.name(), Optional.empty(), shipped.format(), shipped.id(), shipped.label(),
                shipped.timestamp(), shipped.survey(), shipped.features(), shipped.excluded(), shipped.segments());
        LeadTable table = new LeadTableLoader(schema).load(data.resolve("opportunities.csv"), Optional.of(data.resolve("surveys.csv")));
        Path models = dir.resolve("models");
        new TrainingRun(ModelRegistry.at(models), TrainingOptions.DEFAULT, GradingFiles.of(GradingSpecReader.read(SCHEMA, schema)))
                .run(table, true, "test", "graded champion");
        Path rules = Files.writeString(dir.resolve("rules.txt"), """
                # operations' overrides
                contact_title contains student -> D, no follow-up, a student
                requested_call = true -> A, sales, asked for a call
                """);
        ServerConfig base = TestServer.config(models, dir);
        server = TestServer.start(base.withGrading(new GradingConfig(RulesFile.read(rules), Double.NaN, Double.NaN)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode score(String id, String title, boolean call, String extra) throws Exception {
        HttpResponse<String> response = server.post("/v1/score", TestServer.SCORE_KEY, LEAD.formatted(id, title, call, extra));
        assertEquals(200, response.statusCode(), response.body());
        return MAPPER.readTree(response.body());
    }

    @Test
    void anAnswerHasThreeExplainedScoresAGradeARouteAndWhatDecided() throws Exception {
        JsonNode answer = score("G1", "VP of Marketing", false, "");
        for (String part : List.of("fit", "engagement", "intent")) {
            JsonNode s = answer.path("scores").path(part);
            assertTrue(s.path("probability").asDouble() > 0 && s.path("probability").asDouble() < 1, answer.toString());
            assertEquals(Math.round(100 * s.path("probability").asDouble()), s.path("score").asLong());
            assertFalse(s.path("reasons").isEmpty(), part + " has no reasons");
        }
        assertEquals("snapshot", answer.path("scores").path("engagement").path("basis").asText());
        assertTrue(answer.path("scores").path("intent").path("count").asLong() > 0, "intent names its count");
        assertEquals("threshold", answer.path("decided_by").path("kind").asText());
        assertTrue(answer.path("decided_by").path("rule").isNull());
        String grade = answer.path("grade").asText();
        String route = Map.of("A", "sales", "B", "nurture", "C", "starburst", "D", "no follow-up").get(grade);
        assertEquals(route, answer.path("route").asText(), answer.toString());
    }

    @Test
    void theFirstMatchingRuleDecidesAndTheAnswerNamesIt() throws Exception {
        JsonNode call = score("G2", "Data Analyst", true, "");
        assertEquals("A", call.path("grade").asText());
        assertEquals("sales", call.path("route").asText());
        assertEquals("rule", call.path("decided_by").path("kind").asText());
        assertEquals("rules.txt line 3: requested_call = true -> A, sales, asked for a call",
                call.path("decided_by").path("rule").asText());
        JsonNode student = score("G3", "Student", true, "");
        assertEquals("D", student.path("grade").asText());
        assertEquals("no follow-up", student.path("route").asText());
        assertEquals("a student", student.path("decided_by").path("reason").asText());
    }

    @Test
    void anAccountScoreIsTheNoisyOrOfItsDistinctPeople() throws Exception {
        double p1 = score("G4", "CTO", false, "").path("probability").asDouble();
        double p2 = score("G5", "Marketing Manager", false, "").path("probability").asDouble();
        String body = "{\"account_id\": \"A9\", \"contacts\": [" + LEAD.formatted("G4", "CTO", false, "") + ","
                + LEAD.formatted("G5", "Marketing Manager", false, "") + "," + LEAD.formatted("G4", "CTO", false, "") + "]}";
        HttpResponse<String> response = server.post("/v1/accounts/score", TestServer.SCORE_KEY, body);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode account = MAPPER.readTree(response.body());
        assertEquals("A9", account.path("account_id").asText());
        assertEquals(3, account.path("contacts").asInt());
        assertEquals(2, account.path("people").asInt());
        assertEquals(1 - (1 - p1) * (1 - p2), account.path("probability").asDouble(), 1e-9);
        assertEquals(2, account.path("drivers").size());
        assertEquals("no contact", account.path("roles").path("department").path("finance").asText());
        assertTrue(account.path("not_engaged").toString().contains("department finance"));
    }

    @Test
    void anAccountWithoutContactsIsABadRequest() {
        HttpResponse<String> response = server.post("/v1/accounts/score", TestServer.SCORE_KEY, "{\"contacts\": []}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("empty_account"), response.body());
    }

    @Test
    void eventsAreStoredOnceAndABadTimeIsNamed() throws Exception {
        String event = "{\"lead_id\": \"G6\", \"type\": \"web_visit\", \"time\": \"2026-11-30T10:00:00Z\"}";
        HttpResponse<String> first = server.post("/v1/events", TestServer.FEEDBACK_KEY, "[" + event + "]");
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = server.post("/v1/events", TestServer.FEEDBACK_KEY, event);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, MAPPER.readTree(again.body()).path("new").asInt());
        HttpResponse<String> bad = server.post("/v1/events", TestServer.FEEDBACK_KEY,
                "[{\"lead_id\": \"G6\", \"type\": \"web_visit\", \"time\": \"yesterday\"}]");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("[0].time"), bad.body());
        assertEquals(403, server.post("/v1/events", TestServer.SCORE_KEY, event).statusCode());
    }

    @Test
    void eventsSentWithAScoreRequestAreParsedAndABadOneIsA400() throws Exception {
        HttpResponse<String> bad = server.post("/v1/score", TestServer.SCORE_KEY,
                LEAD.formatted("G7", "CTO", false, ", \"events\": [{\"type\": \"web_visit\"}]"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("events[0].time"), bad.body());
        JsonNode ok = score("G8", "CTO", false, ", \"events\": [{\"type\": \"web_visit\", \"time\": \"2026-11-30\"}]");
        assertFalse(ok.path("warnings").toString().contains("events"), ok.toString());
    }

    @Test
    void theScoreLogRecordsEachGrade() throws Exception {
        JsonNode answer = score("G9", "CFO", false, "");
        server.server().close();
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(DatabaseConfig.of(TestServer.config(dir, dir).databaseUrl()))) {
            ScoreRecord logged = store.scoresSince(Instant.EPOCH).stream().filter(r -> r.leadId().equals("G9")).findFirst().orElseThrow();
            assertEquals(answer.path("grade").asText(), logged.grade());
        }
        server = TestServer.start(TestServer.config(dir.resolve("models"), dir)
                .withGrading(new GradingConfig(RulesFile.read(dir.resolve("rules.txt")), Double.NaN, Double.NaN)));
    }

    @Test
    void theLiveGradeReportCountsOutcomesByTheGradeGivenAtScoringTime() throws Exception {
        JsonNode answer = score("G10", "VP of Sales", true, "");
        HttpResponse<String> outcome = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, """
                {"lead_id": "G10", "outcome": "won", "amount": 1200, "close_date": "2026-11-30", "idempotency_key": "g10"}""");
        assertTrue(outcome.statusCode() == 201 || outcome.statusCode() == 200, outcome.body());
        HttpResponse<String> response = server.get("/reports/live/grades?days=30", TestServer.SCORE_KEY);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = MAPPER.readTree(response.body());
        assertTrue(report.path("outcomes_with_grade").asInt() >= 1, report.toString());
        JsonNode row = report.path("by_grade").get("ABCD".indexOf(answer.path("grade").asText()));
        assertTrue(row.path("wins").asInt() >= 1, report.toString());
        assertTrue(row.path("won_value").asDouble() >= 1200, report.toString());
        assertEquals(400, server.get("/reports/live/grades?days=0", TestServer.SCORE_KEY).statusCode());
    }

    @Test
    void theLiveReportCarriesTheGradesRoutesTableAndItsPageShowsItFigureByFigure() throws Exception {
        score("G11", "CEO", true, "");
        score("G12", "Student assistant", false, "");
        for (String outcome : List.of("""
                {"lead_id": "G11", "outcome": "won", "amount": 800, "close_date": "2026-11-30", "idempotency_key": "g11"}""", """
                {"lead_id": "G12", "outcome": "lost", "close_date": "2026-11-30", "idempotency_key": "g12"}""")) {
            HttpResponse<String> response = server.post("/v1/outcomes", TestServer.FEEDBACK_KEY, outcome);
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
        }
        JsonNode route = ReportPages.json(server, "/reports/live/grades?days=30");
        assertEquals(route, ReportPages.json(server, "/reports/live?days=30").path("grades"));
        String page = ReportPages.get(server, "/reports/live?days=30", TestServer.SCORE_KEY, ReportPages.HTML).body();
        JsonNode embedded = ReportPages.embedded(page);
        assertEquals(route, embedded.path("grades"));
        assertTrue(page.contains("Grades: does A convert more often than D?"), "the page has the grade section");
        java.util.regex.Matcher figure = java.util.regex.Pattern.compile("data-key=\"(/grades/[^\"]+)\" data-value=\"([^\"]+)\"")
                .matcher(page);
        int figures = 0;
        while (figure.find()) {
            JsonNode value = embedded.at(figure.group(1));
            assertFalse(value.isMissingNode(), figure.group(1));
            if (figure.group(2).equals("null")) {
                assertTrue(value.isNull(), figure.group(1));
            } else {
                assertEquals(value.asDouble(), Double.parseDouble(figure.group(2)), 0.0, figure.group(1));
            }
            figures++;
        }
        // 3 cards, then per grade leads, two shares, wins, conversion and its interval, and the won value; per
        // quadrant leads, share, wins, conversion and its interval, and the won value.
        assertEquals(3 + 4 * 8 + 4 * 7, figures);
        assertTrue(page.contains("data-key=\"/grades/by_grade/0/won_value\""), "live outcomes carry amounts");
    }

    @Test
    void theLiveReportDrawsTheQuadrantsTheThresholdsGaveAtScoringTimeRulesAside() throws Exception {
        // A server of its own, so that the window holds exactly the outcomes posted here.
        Path folder = Files.createDirectories(dir.resolve("quadrants"));
        try (TestServer own = TestServer.start(TestServer.config(dir.resolve("models"), folder)
                .withGrading(new GradingConfig(RulesFile.read(dir.resolve("rules.txt")), Double.NaN, Double.NaN)))) {
            String lead = """
                    {"lead_id": "%s", "industry": "%s", "employees": %d, "country": "Germany", "contact_title": "%s",
                     "lead_source": "web", "registration_form": "webinar", "requested_call": %s, "web_visits": %d,
                     "downloads": %d, "email_clicks": %d, "days_since_last_activity": %d, "product": "Sales CRM"}""";
            String[] bodies = {
                lead.formatted("Q1", "Software", 2000, "CEO", false, 40, 6, 9, 1),
                lead.formatted("Q2", "Software", 2000, "CTO", false, 0, 0, 0, 300),
                lead.formatted("Q3", "Retail", 3, "Intern", false, 40, 6, 9, 1),
                lead.formatted("Q4", "Retail", 3, "Intern", false, 0, 0, 0, 300),
                lead.formatted("Q5", "Retail", 3, "Intern", true, 0, 0, 0, 300), // a rule makes it A
                lead.formatted("Q6", "Software", 2000, "VP of Sales", false, 25, 3, 5, 3),
                lead.formatted("Q7", "Retail", 3, "Student", false, 40, 6, 9, 1), // a rule makes it D
                lead.formatted("Q8", "Software", 2000, "CFO", false, 1, 0, 0, 120)};
            double[] amounts = {1000, 0, 250, 0, 400, 0, 75, 60};
            long[] leads = new long[4];
            long[] wins = new long[4];
            double[] value = new double[4];
            for (int i = 0; i < bodies.length; i++) {
                HttpResponse<String> scored = own.post("/v1/score", TestServer.SCORE_KEY, bodies[i]);
                assertEquals(200, scored.statusCode(), scored.body());
                JsonNode answer = MAPPER.readTree(scored.body());
                JsonNode quadrant = answer.path("scores").path("quadrant");
                String letter = quadrant.path("grade").asText();
                assertEquals(letter, dev.propensity.grade.Grade.of(quadrant.path("fit").asText().equals("high"),
                        quadrant.path("engagement").asText().equals("high")).name(), answer.toString());
                if (answer.path("decided_by").path("kind").asText().equals("threshold")) {
                    assertEquals(answer.path("grade").asText(), letter, "without a rule the quadrant is the grade");
                }
                boolean won = amounts[i] > 0;
                int q = "ABCD".indexOf(letter);
                leads[q]++;
                wins[q] += won ? 1 : 0;
                value[q] += amounts[i];
                HttpResponse<String> outcome = own.post("/v1/outcomes", TestServer.FEEDBACK_KEY, won
                        ? "{\"lead_id\": \"Q%d\", \"outcome\": \"won\", \"amount\": %s, \"close_date\": \"2026-11-30\", \"idempotency_key\": \"q%d\"}"
                                .formatted(i + 1, amounts[i], i + 1)
                        : "{\"lead_id\": \"Q%d\", \"outcome\": \"lost\", \"close_date\": \"2026-11-30\", \"idempotency_key\": \"q%d\"}"
                                .formatted(i + 1, i + 1));
                assertTrue(outcome.statusCode() == 201 || outcome.statusCode() == 200, outcome.body());
            }
            assertTrue(java.util.Arrays.stream(leads).filter(n -> n > 0).count() >= 2, "the leads span quadrants");

            JsonNode report = ReportPages.json(own, "/reports/live?days=30").path("grades");
            assertEquals(bodies.length, report.path("outcomes_with_quadrant").asInt(), report.toString());
            JsonNode cells = report.path("quadrants");
            for (int q = 0; q < 4; q++) {
                JsonNode cell = cells.get(q);
                assertEquals("ABCD".substring(q, q + 1), cell.path("grade").asText());
                assertEquals(leads[q], cell.path("leads").asLong(), cell.toString());
                assertEquals(wins[q], cell.path("wins").asLong(), cell.toString());
                assertEquals((double) leads[q] / bodies.length, cell.path("share_of_leads").asDouble(), 1e-12);
                assertEquals(value[q], cell.path("won_value").asDouble(), 1e-9, cell.toString());
                if (leads[q] > 0) {
                    assertEquals((double) wins[q] / leads[q], cell.path("conversion").asDouble(), 1e-12);
                    assertTrue(cell.path("conversion_low").asDouble() <= cell.path("conversion").asDouble());
                    assertTrue(cell.path("conversion_high").asDouble() >= cell.path("conversion").asDouble());
                } else {
                    assertTrue(cell.path("conversion").isNull(), "an empty quadrant has no conversion");
                }
            }

            String page = ReportPages.get(own, "/reports/live?days=30", TestServer.SCORE_KEY, ReportPages.HTML).body();
            JsonNode embedded = ReportPages.embedded(page);
            assertEquals(report, embedded.path("grades"));
            assertTrue(page.contains("<h3>Fit × engagement</h3>"), "the page has the quadrant table");
            java.util.regex.Matcher figure = java.util.regex.Pattern
                    .compile("data-key=\"(/grades/quadrants/[^\"]+)\" data-value=\"([^\"]+)\"").matcher(page);
            java.util.Set<String> shown = new java.util.HashSet<>();
            while (figure.find()) {
                JsonNode expected = embedded.at(figure.group(1));
                assertFalse(expected.isMissingNode(), figure.group(1));
                if (figure.group(2).equals("null")) {
                    assertTrue(expected.isNull(), figure.group(1));
                } else {
                    assertEquals(expected.asDouble(), Double.parseDouble(figure.group(2)), 0.0, figure.group(1));
                }
                shown.add(figure.group(1));
            }
            for (int q = 0; q < 4; q++) {
                for (String key : List.of("leads", "share_of_leads", "wins", "conversion", "conversion_low",
                        "conversion_high", "won_value")) {
                    assertTrue(shown.contains("/grades/quadrants/" + q + "/" + key), "the page shows quadrant " + q + " " + key);
                }
            }
        }
    }

    @Test
    void fileScoringWritesGradesAndOneLinePerAccount() throws Exception {
        Path out = dir.resolve("scored.csv");
        Path accounts = dir.resolve("accounts.csv");
        picocli.CommandLine cli = dev.propensity.server.cli.Main.commandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err));
        int exit = cli.execute("score", "--in", dir.resolve("data").resolve("opportunities.csv").toString(), "--out",
                out.toString(), "--models", dir.resolve("models").toString(), "--accounts-out", accounts.toString());
        assertEquals(0, exit, err.toString());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).endsWith(",grade,route,fit_score,engagement_score,intent_score,decided_by"), lines.get(0));
        assertEquals(3001, lines.size());
        List<String> accountLines = Files.readAllLines(accounts);
        assertEquals("account_id,contacts,people,probability,score,top_contact,top_share,not_engaged", accountLines.get(0));
        // Contacts of one account: its line's probability is 1 - prod(1 - p) over them.
        java.util.Map<String, Double> none = new java.util.HashMap<>();
        List<String> header = List.of(Files.readAllLines(dir.resolve("data").resolve("opportunities.csv")).get(0).split(","));
        List<String> rows = Files.readAllLines(dir.resolve("data").resolve("opportunities.csv"));
        for (int i = 1; i < lines.size(); i++) {
            String account = rows.get(i).split(",", -1)[header.indexOf("account_id")];
            double p = Double.parseDouble(lines.get(i).split(",", -1)[2]);
            none.merge(account, 1 - p, (x, y) -> x * y);
        }
        String[] first = accountLines.get(1).split(",", -1);
        assertEquals(1 - none.get(first[0]), Double.parseDouble(first[3]), 1e-5);
        assertEquals(none.size(), accountLines.size() - 1);
    }

    @Test
    void aBrokenRulesFileOrThresholdStopsTheStartNamingTheLine() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.txt"), "score >= 90 -> A, sales, hot\nscore >= x -> A, sales, y\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ServerConfigReader(
                Map.of(ConfigKey.RULES_FILE, broken.toString()), Map.of()).read());
        assertTrue(e.getMessage().contains("--rules-file: broken.txt line 2: 'score >=' needs a number, got 'x'"), e.getMessage());
        ConfigException threshold = assertThrows(ConfigException.class, () -> new ServerConfigReader(
                Map.of(), Map.of("PROPENSITY_FIT_THRESHOLD", "1.5")).read());
        assertTrue(threshold.getMessage().contains("PROPENSITY_FIT_THRESHOLD: expected a probability between 0 and 1, got '1.5'"),
                threshold.getMessage());
    }
}
