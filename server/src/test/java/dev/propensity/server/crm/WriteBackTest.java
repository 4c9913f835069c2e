package dev.propensity.server.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.propensity.server.api.DecidedBy;
import dev.propensity.server.api.FieldContribution;
import dev.propensity.server.api.PersonaView;
import dev.propensity.server.api.Reason;
import dev.propensity.server.api.ScoreResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteBackTest {
    @Test
    void theFlatAnswerCarriesScoreProbabilityTopReasonAndVersionUnderCrmReadyNames() {
        ScoreResponse answer = new ScoreResponse("L-7", 3, 0.8125, 81,
                List.of(new Reason("employees", 5000.0, 0.9, "Company size (5,000) raises the likelihood"),
                        new Reason("industry", "retail", -0.2, "Industry (retail) lowers the likelihood")),
                -0.5, 1.47, List.of(new FieldContribution("employees", 5000.0, 0.9)), List.of());
        Map<String, Object> flat = WriteBack.of(answer);
        assertEquals(List.of("lead_id", "propensity_score", "propensity_probability", "propensity_top_reason",
                "propensity_model_version"), List.copyOf(flat.keySet()));
        assertEquals("L-7", flat.get("lead_id"));
        assertEquals(81, flat.get("propensity_score"));
        assertEquals(0.8125, flat.get("propensity_probability"));
        assertEquals("Company size (5,000) raises the likelihood", flat.get("propensity_top_reason"));
        assertEquals(3, flat.get("propensity_model_version"));
    }

    @Test
    void anAnswerWithoutReasonsHasANullTopReasonSoTheCrmClearsTheProperty() {
        ScoreResponse answer = new ScoreResponse(null, 1, 0.5, 50, List.of(), 0, 0, List.of(), List.of());
        Map<String, Object> expected = new HashMap<>();
        Arrays.asList("lead_id", "propensity_top_reason").forEach(k -> expected.put(k, null));
        expected.putAll(Map.of("propensity_score", 50, "propensity_probability", 0.5, "propensity_model_version", 1));
        assertEquals(expected, WriteBack.of(answer));
    }

    @Test
    void gradeRouteAndPersonaJoinTheFlatAnswerWhenTheAnswerHasThem() {
        ScoreResponse answer = new ScoreResponse("L-8", 4, 0.72, 72,
                List.of(new Reason("requested_call", true, 0.7, "Requested call (yes) raises the likelihood")),
                -0.4, 0.94, List.of(new FieldContribution("requested_call", true, 0.7)), List.of(), null, "B",
                "sdr", new DecidedBy("threshold", null, "high fit, low engagement"),
                new PersonaView("P2", "Scaling operations lead", 0.31, "fit only"), null);
        Map<String, Object> flat = WriteBack.of(answer);
        assertEquals(List.of("lead_id", "propensity_score", "propensity_probability", "propensity_grade",
                "propensity_route", "propensity_persona", "propensity_top_reason", "propensity_model_version"),
                List.copyOf(flat.keySet()));
        assertEquals("B", flat.get("propensity_grade"));
        assertEquals("sdr", flat.get("propensity_route"));
        assertEquals("Scaling operations lead", flat.get("propensity_persona"));
    }

    @Test
    void aGradeWithoutAPersonaAddsOnlyGradeAndRoute() {
        ScoreResponse answer = new ScoreResponse("L-9", 4, 0.1, 10, List.of(), -2, -2.2, List.of(), List.of(), null,
                "D", "no follow-up", new DecidedBy("rule", "students", "title says student"), null, null);
        assertEquals(List.of("lead_id", "propensity_score", "propensity_probability", "propensity_grade",
                "propensity_route", "propensity_top_reason", "propensity_model_version"),
                List.copyOf(WriteBack.of(answer).keySet()));
    }
}
