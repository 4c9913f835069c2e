package dev.propensity.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a feature says about a lead. Fit (who the buyer is) and engagement (what they did lately)
 * are kept apart so that reports and explanations can tell propensity from recent activity.
 */
public enum FeatureGroup {
    FIT, INTENT, ENGAGEMENT, SURVEY;

    public static FeatureGroup parse(String text, String column) {
        for (FeatureGroup group : values()) {
            if (group.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return group;
            }
        }
        throw new SchemaException("column '" + column + "': unknown group '" + text + "', expected one of "
                + Arrays.stream(values()).map(g -> g.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
