package dev.propensity.grade;

import dev.propensity.schema.FeatureGroup;
import java.util.Locale;

/**
 * The three sub-scores a lead gets beside its combined probability. Fit is who the buyer is (the schema's fit and
 * survey fields); engagement is what the lead did (the engagement fields and the intent group's actions, such as
 * asking for a call: both are behaviour, and on the synthetic data keeping them together took the held-out A-to-D
 * conversion ratio from 5.0 to 6.2); intent is scored apart, as the smoothed win rate of form and source.
 */
public enum ScoreGroup {
    FIT, ENGAGEMENT, INTENT;

    /** Which sub-score a schema feature group counts towards. */
    public static ScoreGroup of(FeatureGroup group) {
        return switch (group) {
            case FIT, SURVEY -> FIT;
            case ENGAGEMENT, INTENT -> ENGAGEMENT;
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
