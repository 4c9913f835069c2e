package dev.propensity.server.api;

import dev.propensity.grade.Grade;

/**
 * Where the thresholds put a lead in the fit × engagement matrix, whatever an override rule then decided: a lead
 * a rule sent to sales can still sit in the fit high, engagement low quadrant.
 *
 * @param fit        "high" when fit is at or above its threshold, else "low"
 * @param engagement the same for engagement
 * @param grade      the grade the thresholds alone give the quadrant
 */
public record Quadrant(String fit, String engagement, String grade) {
    // One instance per quadrant: answers share them rather than allocate one per lead.
    private static final Quadrant[] BY_GRADE = java.util.Arrays.stream(Grade.values())
            .map(g -> new Quadrant(level(g.fitHigh()), level(g.engagementHigh()), g.name())).toArray(Quadrant[]::new);

    /** The quadrant the thresholds' grade names. */
    public static Quadrant of(Grade thresholdGrade) {
        return BY_GRADE[thresholdGrade.ordinal()];
    }

    private static String level(boolean high) {
        return high ? "high" : "low";
    }
}
