package dev.propensity.server.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.grade.Grade;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The override rules file: each test type, their order, and every error naming its line. */
class RulesFileTest {
    private static Facts facts(Map<String, Object> values) {
        return values::get;
    }

    private static boolean matches(String rule, Map<String, Object> values) {
        return RulesFile.parse(rule + " -> A, sales, test", "t").rules().get(0).matches(facts(values));
    }

    @Test
    void eachTestTypeMatchesWhatItSays() {
        assertTrue(matches("requested_call = true", Map.of("requested_call", true)));
        assertFalse(matches("requested_call = true", Map.of("requested_call", false)));
        assertTrue(matches("lead_source = Referral", Map.of("lead_source", " referral ")));
        assertTrue(matches("lead_source != referral", Map.of("lead_source", "web")));
        assertTrue(matches("score >= 70", Map.of("score", 70.0)));
        assertFalse(matches("score > 70", Map.of("score", 70.0)));
        assertTrue(matches("score < 70.5", Map.of("score", 70.0)));
        assertTrue(matches("employees <= 50", Map.of("employees", "50")));
        assertTrue(matches("employees = 50", Map.of("employees", 50.0)));
        assertTrue(matches("lead_source in [partner, referral]", Map.of("lead_source", "Partner")));
        assertFalse(matches("lead_source in [partner, referral]", Map.of("lead_source", "web")));
        assertTrue(matches("registration_form in [\"demo request\", webinar]", Map.of("registration_form", "Demo Request")));
        assertTrue(matches("contact_title contains student", Map.of("contact_title", "PhD Student")));
        assertTrue(matches("budget_confirmed is missing", Map.of()));
        assertTrue(matches("budget_confirmed is missing", Map.of("budget_confirmed", " ")));
        assertTrue(matches("budget_confirmed is present", Map.of("budget_confirmed", true)));
        assertTrue(matches("registration_form = demo request", Map.of("registration_form", "demo  request")));
        assertTrue(matches("\"Lead Source\" = \"Welingak Website\"", Map.of("Lead Source", "welingak website")));
    }

    @Test
    void aMissingFieldMatchesOnlyIsMissing() {
        assertFalse(matches("score >= 0", Map.of()));
        assertFalse(matches("lead_source != web", Map.of()));
        assertFalse(matches("contact_title contains x", Map.of()));
    }

    @Test
    void everyConditionOfARuleMustHoldAndTheFirstMatchingRuleWins() {
        RuleSet rules = RulesFile.parse("""
                # students go nowhere, whatever they did
                contact_title contains student -> D, no follow-up, a student
                requested_call = true and score >= 20 -> A, sales, asked for a call

                requested_call = true -> B, sdr, asked for a call but scores low
                """, "rules.txt");
        assertEquals(3, rules.rules().size());
        Rule student = rules.firstMatch(facts(Map.of("contact_title", "Student", "requested_call", true, "score", 90.0))).orElseThrow();
        assertEquals(2, student.line());
        assertEquals(Grade.D, student.grade());
        assertEquals(Route.NO_FOLLOW_UP, student.route());
        Rule call = rules.firstMatch(facts(Map.of("requested_call", true, "score", 25.0))).orElseThrow();
        assertEquals(3, call.line());
        assertEquals(Route.SALES, call.route());
        Rule weak = rules.firstMatch(facts(Map.of("requested_call", true, "score", 5.0))).orElseThrow();
        assertEquals(5, weak.line());
        assertEquals("asked for a call but scores low", weak.reason());
        assertTrue(rules.firstMatch(facts(Map.of("requested_call", false))).isEmpty());
    }

    @Test
    void aReasonMayHoldCommas() {
        Rule rule = RulesFile.parse("score >= 90 -> A, sales, hot, call today", "t").rules().get(0);
        assertEquals("hot, call today", rule.reason());
    }

    @Test
    void everyMistakeIsReportedWithItsFileAndLine() {
        assertError("score >= 90 A, sales, x", "rules.txt line 2: expected 'conditions -> grade, route, reason'");
        assertError("score >= 90 -> E, sales, x", "rules.txt line 2: unknown grade 'E'");
        assertError("score >= 90 -> A, phone, x", "rules.txt line 2: unknown route 'phone'");
        assertError("score >= 90 -> A, sales", "rules.txt line 2: after '->' expected 'grade, route, reason'");
        assertError("score >= high -> A, sales, x", "rules.txt line 2: 'score >=' needs a number, got 'high'");
        assertError("score == 90 -> A, sales, x", "rules.txt line 2: unknown test '==' after 'score'");
        assertError("score -> A, sales, x", "rules.txt line 2: 'score' has no test");
        assertError("score = -> A, sales, x", "rules.txt line 2: 'score =' has no value");
        assertError("lead_source in partner -> A, sales, x", "rules.txt line 2: 'lead_source in' expects a list");
        assertError("lead_source in [partner -> A, sales, x", "never closed with ']'");
        assertError("budget is here -> A, sales, x", "must be followed by 'missing' or 'present'");
        assertError("score >= 90 and -> A, sales, x", "'and' is not followed by a condition");
        assertError("\"Lead Source = x -> A, sales, x", "rules.txt line 2: a quote opened at column 1 is never closed");
        assertError(" -> A, sales, x", "no condition before '->'");
    }

    private static void assertError(String line, String expected) {
        RulesException e = assertThrows(RulesException.class, () -> RulesFile.parse("# header\n" + line + "\n", "rules.txt"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) throws Exception {
        RulesException e = assertThrows(RulesException.class, () -> RulesFile.read(dir.resolve("nope.txt")));
        assertTrue(e.getMessage().contains("nope.txt does not exist"), e.getMessage());
        Path file = Files.writeString(dir.resolve("ok.txt"), "score >= 1 -> A, sales, fine\n");
        assertEquals("ok.txt", RulesFile.read(file).source());
    }
}
