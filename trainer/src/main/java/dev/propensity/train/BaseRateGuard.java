package dev.propensity.train;

import dev.propensity.evaluate.Interval;
import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a model that is not shown to be better than guessing: its held-out log loss must be lower than that of
 * always predicting the training win rate, and its AUC interval must lie above 0.5. Either failure means the
 * data does not support a model; a model trained on shuffled labels fails both.
 */
final class BaseRateGuard {
    /** Problems begin with this, so readers (the report) can tell them from the other guards. */
    static final String PREFIX = "the data does not support a model: ";
    /** An AUC interval wider than this on either side is called too wide to tell. */
    private static final double WIDE_HALF_WIDTH = 0.1;

    /**
     * The figures judged.
     *
     * @param test      the model's figures
     * @param baseline  those of answering the base rate on the same leads
     * @param intervals how sure the model's figures are
     * @param where     on what, such as "held-out" or "pooled out-of-fold (stratified 5-fold)"
     */
    record Evidence(Metrics test, Metrics baseline, MetricIntervals intervals, String where) {
    }

    private BaseRateGuard() {
    }

    static List<String> problems(Evidence evidence) {
        Metrics test = evidence.test();
        Metrics baseline = evidence.baseline();
        MetricIntervals intervals = evidence.intervals();
        String where = evidence.where();
        List<String> problems = new ArrayList<>();
        if (!(test.logLoss() < baseline.logLoss())) {
            problems.add(String.format(Locale.ROOT,
                    PREFIX + where + " log loss %.4f is not better than %.4f from always answering the base rate %.3f",
                    test.logLoss(), baseline.logLoss(), baseline.meanPredicted()));
        }
        Interval auc = intervals.rocAuc();
        if (!auc.known()) {
            problems.add(PREFIX + "too few " + where + " leads to tell (" + test.wins() + " wins, "
                    + (test.rows() - test.wins()) + " losses)");
        } else if (auc.high() < 0.5) {
            problems.add(String.format(Locale.ROOT, PREFIX + "the " + where + " AUC interval %s lies below 0.5: it ranks"
                    + " wins below losses, worse than guessing (are the labels swapped?)", auc.describe(3)));
        } else if (auc.low() <= 0.5) {
            boolean wide = (auc.high() - auc.low()) / 2 > WIDE_HALF_WIDTH;
            problems.add(String.format(Locale.ROOT, PREFIX + "the " + where + " AUC interval %s includes 0.5 (chance); %s",
                    auc.describe(3), wide
                            ? "too few " + where + " leads to tell (" + test.wins() + " wins, "
                                    + (test.rows() - test.wins()) + " losses)"
                            : "its ranking is no better than guessing"));
        }
        return problems;
    }
}
