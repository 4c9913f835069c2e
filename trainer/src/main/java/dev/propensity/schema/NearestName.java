package dev.propensity.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean" of every message about a misnamed column or field: the known name closest to a wrong one by
 * edit distance, ignoring case, when it is close enough to be a slip ({@code closed_at} for {@code close_date},
 * {@code Noise level} for {@code noise_level}) rather than another name altogether.
 */
public final class NearestName {
    private NearestName() {
    }

    /** The nearest candidate within a third of the name's length (at least 2 edits), if any. */
    public static Optional<String> of(String wrong, Collection<String> candidates) {
        String target = fold(wrong);
        int allowed = Math.max(2, target.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(target, fold(candidate));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"}, or an empty string when nothing is near. */
    public static String hint(String wrong, Collection<String> candidates) {
        return of(wrong, candidates).map(n -> " (did you mean '" + n + "'?)").orElse("");
    }

    // Case, spaces, dots and dashes are how export tools differ from each other, not how people misspell.
    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", "_");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
