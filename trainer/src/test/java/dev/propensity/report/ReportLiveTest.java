package dev.propensity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.Column;
import dev.propensity.data.DataFingerprint;
import dev.propensity.data.LeadTable;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The live report on hand-made traffic: drift, weekly quality, alerts, and a page that says what its JSON says. */
class ReportLiveTest {
    private static final Instant NOW = Instant.parse("2025-06-30T00:00:00Z");

    /** Forty training leads: half software, half retail; employees 1 to 40; scores 0.2 and 0.6. */
    private static ReferenceSample reference() throws Exception {
        Schema schema = SchemaReader.parse(new ObjectMapper().readTree("""
                {"label": {"column": "outcome", "positive": "won"},
                 "features": [
                   {"name": "industry", "kind": "categorical", "group": "fit", "description": "industry"},
                   {"name": "employees", "kind": "numeric", "group": "fit", "description": "company size"}]}
                """), null, "test schema");
        int n = 40;
        String[] industry = new String[n];
        double[] employees = new double[n];
        double[] scores = new double[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            industry[i] = i % 2 == 0 ? "Software" : "Retail";
            employees[i] = i + 1;
            scores[i] = i % 2 == 0 ? 0.6 : 0.2;
            rows[i] = i;
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        columns.put("industry", new Column.Text(industry));
        columns.put("employees", new Column.Numbers(employees));
        LeadTable table = new LeadTable(schema, new String[n], new byte[n], null, columns,
                new DataFingerprint("mem", "0", null, null, n, 0, n), List.of());
        return new ReferenceSample(table, rows, scores);
    }

    /** Recent traffic shaped like the training data: same mix, same sizes, same scores. */
    private static List<LiveObservation> sameAsTraining(ReferenceSample ref) {
        List<LiveObservation> list = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("industry", i % 2 == 0 ? "software" : "RETAIL");
            fields.put("employees", String.valueOf(i + 1));
            list.add(new LiveObservation(NOW.minus(Duration.ofHours(1 + i)), ref.scores()[i], null, fields));
        }
        return list;
    }

    @Test
    void trafficLikeTheTrainingDataShowsNoShift() throws Exception {
        ReferenceSample ref = reference();
        LiveReport report = LiveReport.builder(ref).observations(sameAsTraining(ref)).now(NOW).build();
        assertEquals(40, report.scored());
        assertEquals(0, report.scoreShift().psi().value(), 1e-12);
        report.fieldShifts().forEach(f -> assertEquals(0, f.psi().value(), 1e-12, f.field()));
        assertTrue(report.alerts().stream().noneMatch(a -> a.message().contains("shifted")), report.alerts().toString());
        assertTrue(report.alerts().stream().anyMatch(a -> a.message().startsWith("Only 0 outcomes")));
    }

    @Test
    void aChangedIndustryMixRaisesAMajorAlertInPlainWords() throws Exception {
        ReferenceSample ref = reference();
        List<LiveObservation> list = new ArrayList<>();
        for (LiveObservation o : sameAsTraining(ref)) {
            Map<String, Object> fields = new HashMap<>(o.fields());
            fields.put("industry", "Retail");
            list.add(new LiveObservation(o.scoredAt(), o.probability(), o.won(), fields));
        }
        LiveReport report = LiveReport.builder(ref).observations(list).now(NOW).build();
        FieldShift industry = report.fieldShifts().get(0);
        assertEquals("industry", industry.field());
        // Software 0.5 → 0 (raised to the epsilon), retail 0.5 → 1.
        double expected = (Psi.EPSILON - 0.5) * Math.log(Psi.EPSILON / 0.5) + (1 - 0.5) * Math.log(1 / 0.5);
        assertEquals(expected, industry.psi().value(), 1e-12);
        assertEquals("major shift", industry.level());
        LiveAlerts.Alert first = report.alerts().get(0);
        assertEquals("major", first.severity());
        assertEquals(String.format(java.util.Locale.ROOT, "The mix of industry has shifted a lot since training (PSI %.2f).",
                expected), first.message());
    }

    @Test
    void qualityIsMeasuredWeekByWeekOnReturnedOutcomesOnly() throws Exception {
        ReferenceSample ref = reference();
        List<LiveObservation> list = new ArrayList<>();
        // Last week: perfectly ranked outcomes. Three weeks ago: reversed. Outside the window: ignored.
        list.add(new LiveObservation(NOW.minus(Duration.ofDays(1)), 0.9, true, Map.of()));
        list.add(new LiveObservation(NOW.minus(Duration.ofDays(2)), 0.1, false, Map.of()));
        list.add(new LiveObservation(NOW.minus(Duration.ofDays(3)), 0.5, null, Map.of()));
        list.add(new LiveObservation(NOW.minus(Duration.ofDays(20)), 0.9, false, Map.of()));
        list.add(new LiveObservation(NOW.minus(Duration.ofDays(20)), 0.1, true, Map.of()));
        list.add(new LiveObservation(NOW.minus(Duration.ofDays(40)), 0.9, true, Map.of()));
        LiveReport report = LiveReport.builder(ref).observations(list).now(NOW).windowDays(30).build();
        assertEquals(5, report.scored());
        assertEquals(5, report.weeks().size());
        LiveReport.Week last = report.weeks().get(4);
        assertEquals(3, last.scored());
        assertEquals(2, last.quality().outcomes());
        assertEquals(1.0, last.quality().auc(), 1e-12);
        assertEquals(0.1, last.quality().ece(), 1e-12);
        assertEquals(0.0, report.weeks().get(2).quality().auc(), 1e-12);
        assertEquals(4, report.overall().outcomes());
        assertEquals(0.5, report.overall().auc(), 1e-12);
        assertEquals("2025-06-23", last.weekStart());
        assertEquals("2025-05-31", report.weeks().get(0).weekStart());
    }

    @Test
    void aRankingDropAgainstTrainingIsAlertedOnceThereAreEnoughOutcomes() throws Exception {
        ReferenceSample ref = reference();
        List<LiveObservation> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // Scores carry no information: wins and losses get the same scores.
            list.add(new LiveObservation(NOW.minus(Duration.ofHours(i + 1)), 0.2 + 0.05 * (i / 2), i % 2 == 0, Map.of()));
        }
        LiveReport enough = LiveReport.builder(ref).observations(list).now(NOW).trainingAuc(0.8).minOutcomes(10).build();
        assertTrue(enough.alerts().stream().anyMatch(a -> a.message().startsWith("Ranking has weakened: AUC 0.500")),
                enough.alerts().toString());
        LiveReport tooFew = LiveReport.builder(ref).observations(list).now(NOW).trainingAuc(0.8).minOutcomes(11).build();
        assertFalse(tooFew.alerts().stream().anyMatch(a -> a.message().startsWith("Ranking")));
    }

    @Test
    void theLivePageCarriesTheFiguresOfItsJson() throws Exception {
        ReferenceSample ref = reference();
        LiveReport report = LiveReport.builder(ref).observations(sameAsTraining(ref)).now(NOW).subject("v4").build();
        Map<String, byte[]> files = ReportFiles.files(report);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(files.get(ReportFiles.JSON_FILE));
        String html = new String(files.get(ReportFiles.HTML_FILE), StandardCharsets.UTF_8);
        Matcher data = Pattern.compile("id=\"report-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(data.find());
        assertEquals(json, mapper.readTree(data.group(1)));
        Matcher card = Pattern.compile("data-key=\"([^\"]+)\" data-value=\"([^\"]+)\"").matcher(html);
        int cards = 0;
        while (card.find()) {
            cards++;
            JsonNode value = json.at(card.group(1));
            assertFalse(value.isMissingNode(), card.group(1));
            if (card.group(2).equals("null")) {
                assertTrue(value.isNull(), card.group(1));
            } else {
                assertEquals(value.asDouble(), Double.parseDouble(card.group(2)), 0.0, card.group(1));
            }
        }
        assertEquals(6, cards);
        assertTrue(json.path("overall").path("auc").isNull(), "no outcomes, no AUC");
        assertEquals(20, json.path("score_distribution").size());
    }
}
