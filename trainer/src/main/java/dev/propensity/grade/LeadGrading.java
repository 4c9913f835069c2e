package dev.propensity.grade;

/**
 * A lead's three sub-scores and the grade the thresholds give it.
 *
 * @param fit              who the buyer is
 * @param engagement       what they did lately
 * @param engagementBasis  "events" when computed from activity events, "snapshot" from exported counts
 * @param intent           the smoothed win rate of its intent values
 * @param grade            the fit × engagement grade before any rule
 */
public record LeadGrading(SubScore fit, SubScore engagement, String engagementBasis, IntentEstimate intent, Grade grade) {
}
