package dev.propensity.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The grade table, the revenue teams' check and the fit × engagement quadrants on cases worked out by hand. */
class GradeTablesTest {
    private static final double EPS = 1e-9;

    /**
     * Twelve leads: A 4 leads 3 wins (amounts 100, 200, 300), B 2 leads 1 win (50), C 2 leads no win, D 4 leads 1 win
     * (10). Five wins in all.
     */
    private static GradeReport twelve() {
        Grade[] grades = {Grade.A, Grade.A, Grade.A, Grade.A, Grade.B, Grade.B, Grade.C, Grade.C,
                Grade.D, Grade.D, Grade.D, Grade.D};
        byte[] won = {1, 1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0};
        double[] amounts = {100, 200, 300, 0, 50, 0, 0, 0, 10, 0, 0, 0};
        return GradeReport.of(grades, won, amounts);
    }

    @Test
    void eachGradeHasItsConversionWithTheWilsonIntervalItsSharesAndItsWonValue() {
        GradeReport report = twelve();
        GradeReport.Row a = report.row(Grade.A);
        assertEquals(4, a.leads());
        assertEquals(3, a.wins());
        assertEquals(0.75, a.conversion(), EPS);
        // Wilson at 95 % for 3 of 4: (0.75 + 1.96²/8 ± 1.96 √(0.75·0.25/4 + 1.96²/64)) / (1 + 1.96²/4).
        assertEquals(0.300636, a.low(), 1e-6);
        assertEquals(0.954414, a.high(), 1e-6);
        assertEquals(4.0 / 12, a.shareLeads(), EPS);
        assertEquals(3.0 / 5, a.shareWins(), EPS);
        assertEquals(600, a.value(), EPS);
        assertEquals(50, report.row(Grade.B).value(), EPS);
        assertEquals(0, report.row(Grade.C).value(), EPS);
        assertEquals(10, report.row(Grade.D).value(), EPS);
        GradeReport.Row c = report.row(Grade.C);
        assertEquals(0, c.conversion(), EPS);
        // With no win the Wilson interval is [0, z²/(n + z²)] = [0, 3.8416 / 5.8416].
        assertEquals(0, c.low(), EPS);
        assertEquals(3.8416 / 5.8416, c.high(), EPS);
    }

    @Test
    void aAgainstDIsTheRatioOfConversionsWithTheKatzInterval() {
        GradeReport report = twelve();
        // 0.75 / 0.25 = 3; se of the log ratio = √(1/3 − 1/4 + 1/1 − 1/4) = 0.912871.
        assertEquals(3.0, report.aToD(), EPS);
        assertEquals(0.501268, report.aToDLow(), 1e-6);
        assertEquals(17.954474, report.aToDHigh(), 1e-6);
    }

    @Test
    void theTopGradesCheckSaysWhichShareOfLeadsHoldsWhichShareOfWins() {
        GradeReport report = twelve();
        GradeReport.TopShare a = report.topShares().get(0);
        GradeReport.TopShare ab = report.topShares().get(1);
        assertEquals("A", a.grades());
        assertEquals(4.0 / 12, a.shareLeads(), EPS);
        assertEquals(0.6, a.shareWins(), EPS);
        assertEquals("A+B", ab.grades());
        assertEquals(0.5, ab.shareLeads(), EPS);
        assertEquals(0.8, ab.shareWins(), EPS);
        assertEquals("A: 33.3 % of the leads hold 60.0 % of the wins; A+B: 50.0 % of the leads hold 80.0 % of the wins."
                + " A converts 3.0× as often as D (95 % interval 0.5-18.0).", report.check());
        JsonNode json = report.toJson();
        assertEquals(0.8, json.path("top_grades").get(1).path("share_of_wins").asDouble(), EPS);
        assertEquals(600, json.path("by_grade").get(0).path("won_value").asDouble(), EPS);
        assertEquals(report.check(), json.path("check").asText());
    }

    @Test
    void withoutAWinInDTheRatioIsUnknownAndSaysSo() {
        GradeReport report = GradeReport.of(new Grade[] {Grade.A, Grade.D}, new byte[] {1, 0}, null);
        assertEquals(Double.NaN, report.aToD());
        assertEquals(true, report.toJson().path("a_to_d_conversion_ratio").path("ratio").isNull());
        assertEquals(true, report.check().endsWith("A and D cannot be compared: one of them has no leads or no wins."));
        assertEquals(true, report.toJson().path("by_grade").get(0).path("won_value").isNull(), "no amounts, no value");
    }

    @Test
    void eachLeadFallsInTheQuadrantOfItsFitAndEngagement() {
        // Six leads: high/high won, high/high lost, low/high won, high/low lost twice, low/low lost.
        boolean[] fit = {true, true, false, true, true, false};
        boolean[] engagement = {true, true, true, false, false, false};
        byte[] won = {1, 0, 1, 0, 0, 0};
        QuadrantMatrix matrix = QuadrantMatrix.of(fit, engagement, won);
        QuadrantMatrix.Cell hh = matrix.cell(true, true);
        assertEquals(Grade.A, hh.grade());
        assertEquals(2, hh.leads());
        assertEquals(2.0 / 6, hh.shareLeads(), EPS);
        assertEquals(0.5, hh.conversion(), EPS);
        QuadrantMatrix.Cell lh = matrix.cell(false, true);
        assertEquals(Grade.B, lh.grade());
        assertEquals(1.0 / 6, lh.shareLeads(), EPS);
        assertEquals(1.0, lh.conversion(), EPS);
        QuadrantMatrix.Cell hl = matrix.cell(true, false);
        assertEquals(Grade.C, hl.grade());
        assertEquals(2.0 / 6, hl.shareLeads(), EPS);
        assertEquals(0.0, hl.conversion(), EPS);
        assertEquals(3.8416 / 5.8416, hl.high(), EPS);
        QuadrantMatrix.Cell ll = matrix.cell(false, false);
        assertEquals(Grade.D, ll.grade());
        assertEquals(1, ll.leads());
        JsonNode json = matrix.toJson();
        assertEquals("low", json.get(1).path("fit").asText());
        assertEquals("high", json.get(1).path("engagement").asText());
        assertEquals(1.0, json.get(1).path("conversion").asDouble(), EPS);
        assertTrue(json.get(0).path("won_value").isNull(), "no amounts, no value");
    }

    @Test
    void aQuadrantsWonValueSumsTheAmountsOfItsWinsOnly() {
        // high/high: won 500, lost (its amount 900 is not won); low/high: won 250; low/low: won with an unknown amount.
        boolean[] fit = {true, true, false, false};
        boolean[] engagement = {true, true, true, false};
        byte[] won = {1, 0, 1, 1};
        double[] amounts = {500, 900, 250, Double.NaN};
        QuadrantMatrix matrix = QuadrantMatrix.of(fit, engagement, won, amounts);
        assertEquals(500, matrix.cell(true, true).value(), EPS);
        assertEquals(250, matrix.cell(false, true).value(), EPS);
        assertEquals(0, matrix.cell(true, false).value(), EPS);
        assertEquals(0, matrix.cell(false, false).value(), EPS);
        assertEquals(1, matrix.cell(false, false).wins());
        assertEquals(500, matrix.toJson().get(0).path("won_value").asDouble(), EPS);
    }
}
