package dev.propensity.report;

import dev.propensity.evaluate.DataChecks;
import dev.propensity.evaluate.Interval;
import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import java.util.List;
import java.util.Locale;

/**
 * The report's headline, read from the intervals rather than the point figures: a ranking is called "strong"
 * only when its whole AUC interval is, "good to strong" when the interval spans both, and a model whose data does
 * not support it says so first.
 */
final class Verdict {
    /** What a refusal by the base-rate guard starts with (as {@code BaseRateGuard} words it). */
    static final String NO_SIGNAL = "the data does not support a model";

    private Verdict() {
    }

    /** Held-out copies of training rows above this share are named in the verdict. */
    private static final double SHARED_WORTH_SAYING = 0.02;

    static String of(DataSummary data, Metrics test, MetricIntervals intervals, CrossValidationSection cv,
                     DataChecks checks, RankingValue ranking, Comparison comparison) {
        StringBuilder text = new StringBuilder();
        if (!data.promotable()) {
            List<String> problems = data.guardProblems();
            String first = problems.stream().filter(p -> p.startsWith(NO_SIGNAL)).findFirst().orElse(problems.get(0));
            int more = problems.size() - 1;
            text.append("Not fit to serve: ").append(first)
                    .append(more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "").append('.');
            if (first.startsWith(NO_SIGNAL)) {
                text.append(" Its weights are not evidence of what drives a win and are not shown as drivers.");
            }
        } else {
            Interval auc = intervals.rocAuc();
            text.append(String.format(Locale.ROOT,
                    "Fit to serve: %s ranking (AUC %s, DeLong, on %d held-out leads); the top 20 %% of leads hold %s of the wins.",
                    strength(auc), auc.describe(3), test.rows(), Labels.percent(ranking.winsCapturedTop20())));
        }
        if (cv != null) {
            text.append(' ').append(cv.summary()).append('.');
        }
        if (checks != null && checks.sharedHeldOutRows() > SHARED_WORTH_SAYING * checks.heldOutRows()) {
            text.append(String.format(Locale.ROOT,
                    " Warning: %d of the %d held-out leads are exact copies of training leads; without them the AUC is %s.",
                    checks.sharedHeldOutRows(), checks.heldOutRows(), checks.aucWithoutShared().describe(3)));
        }
        if (comparison != null) {
            text.append(" Against ").append(comparison.against()).append(": ").append(comparison.verdict()).append('.');
        }
        return text.toString();
    }

    /** The strength of the interval's low end, and of its high end when that is another word. */
    static String strength(Interval auc) {
        if (!auc.known()) {
            return strength(auc.estimate());
        }
        String low = strength(auc.low());
        String high = strength(auc.high());
        return low.equals(high) ? low : low + " to " + high;
    }

    private static String strength(double auc) {
        if (!(auc >= 0.6)) {
            return "weak";
        }
        return auc < 0.7 ? "fair" : auc < 0.8 ? "good" : "strong";
    }
}
