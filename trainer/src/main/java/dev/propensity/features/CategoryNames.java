package dev.propensity.features;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises category spellings so that "Software", " software" and "SOFTWARE" are one level. */
public final class CategoryNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CategoryNames() {
    }

    public static String normalise(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
