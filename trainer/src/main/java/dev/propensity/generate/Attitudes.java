package dev.propensity.generate;

import java.util.List;

/**
 * The buyer's answers to the psychographic battery (issue 9): six Likert items, 1 to 5, each {@code null} when
 * skipped. Each persona answers one or two of them at an extreme, which is what lets clustering find the
 * personas again. They do not enter the true probability directly: the persona acts on the outcome only through
 * the hidden rep and product affinities and its small hidden nudge.
 *
 * @param answers in the order of {@link #COLUMNS}
 */
record Attitudes(List<Integer> answers) {
    /** Survey columns, in export order. */
    static final List<String> COLUMNS = List.of("values_references", "needs_roi_proof", "compares_vendors",
            "early_adopter", "reads_research", "ready_to_commit");
}
