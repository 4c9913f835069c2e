package dev.propensity.grade;

import dev.propensity.schema.FeatureGroup;
import java.util.Locale;

/**
 * The three sub-scores a lead gets beside its combined probability. Fit is who the buyer is (the schema's fit and
 * survey fields), engagement what they did lately, intent what they asked for.
 */
public enum ScoreGroup {
    FIT, ENGAGEMENT, INTENT;

    /** Which sub-score a schema feature group counts towards. */
    public static ScoreGroup of(FeatureGroup group) {
        return switch (group) {
            case FIT, SURVEY -> FIT;
            case ENGAGEMENT -> ENGAGEMENT;
            case INTENT -> INTENT;
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
