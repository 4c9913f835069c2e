package dev.propensity.report;

import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import dev.propensity.train.CrossValidation;
import java.util.List;
import java.util.Locale;

/**
 * The report's cross-validation figures: each fold's, the pooled out-of-fold ones with their intervals, and the
 * folds' spread; null in a report whose run did not cross-validate.
 *
 * @param method          "stratified 5-fold" or "time-blocked 5-fold"
 * @param folds           per fold
 * @param pooled          all out-of-fold probabilities together
 * @param pooledBaseline  answering each fold's training win rate
 * @param pooledIntervals how sure the pooled figures are
 * @param rocAuc          spread of the folds' ROC AUC
 * @param prAuc           spread of the folds' PR AUC
 * @param logLoss         spread of the folds' log loss
 * @param ece             spread of the folds' calibration error
 * @param summary         one sentence
 */
public record CrossValidationSection(String method, List<CrossValidation.Fold> folds, Metrics pooled,
                                     Metrics pooledBaseline, MetricIntervals pooledIntervals,
                                     CrossValidation.Spread rocAuc, CrossValidation.Spread prAuc,
                                     CrossValidation.Spread logLoss, CrossValidation.Spread ece, String summary) {

    public CrossValidationSection {
        folds = List.copyOf(folds);
    }

    /** The section of a run's cross-validation, or null when there was none. */
    static CrossValidationSection of(CrossValidation cv) {
        if (cv == null) {
            return null;
        }
        String summary = String.format(Locale.ROOT,
                "%s cross-validation on all %d leads: pooled out-of-fold AUC %s (DeLong); the folds' AUC ranged "
                        + "%.3f-%.3f (sd %.3f)", capitalised(cv.method()), cv.pooled().rows(),
                cv.pooledIntervals().rocAuc().describe(3), cv.rocAuc().min(), cv.rocAuc().max(), cv.rocAuc().sd());
        return new CrossValidationSection(cv.method(), cv.folds(), cv.pooled(), cv.pooledBaseline(),
                cv.pooledIntervals(), cv.rocAuc(), cv.prAuc(), cv.logLoss(), cv.ece(), summary);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
