package dev.propensity.schema;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a CSV export is written: separator, quote, and the tokens that mean "no value"
 * (an unanswered drop-down such as {@code Select}, or {@code unknown}).
 */
public record CsvFormat(char separator, char quote, List<String> missingTokens) {
    public static final CsvFormat DEFAULT = new CsvFormat(',', '"', List.of("", "NA", "N/A", "null"));

    public CsvFormat {
        missingTokens = List.copyOf(missingTokens);
    }

    /** Lower-cased, trimmed tokens, for a case-insensitive test. */
    public Set<String> missingSet() {
        return missingTokens.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
