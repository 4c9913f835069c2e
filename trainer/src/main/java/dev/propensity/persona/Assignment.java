package dev.propensity.persona;

/**
 * Which persona a lead is nearest to, and how sure that is.
 *
 * @param index      the persona's position in the book, or -1 for unknown (too few of the persona fields given)
 * @param margin     1 - d₁/d₂: the distance to the nearest centroid against the next one; 0 is a tie, 1 on the centroid
 * @param withSurvey whether any survey answer was among the fields used
 * @param known      how many of the persona fields the lead has
 */
public record Assignment(int index, double margin, boolean withSurvey, int known) {
    public boolean isKnown() {
        return index >= 0;
    }
}
