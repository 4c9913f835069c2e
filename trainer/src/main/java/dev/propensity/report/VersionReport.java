package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.evaluate.DataChecks;
import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import dev.propensity.evaluate.ReliabilityCurve;
import dev.propensity.train.RecipeSearch;
import dev.propensity.train.TrainedModel;
import java.time.Instant;
import java.util.List;

/**
 * Everything worth knowing about one model version, measured on its held-out leads. Written as
 * {@code report.json} by {@link ReportJson} and as {@code report.html} by {@link VersionReportHtml}.
 *
 * @param title          "Model report"
 * @param subject        what is reported on, such as "v4" or "new model trained on leads.csv"
 * @param generatedAt    when the report was made (ISO-8601)
 * @param verdict        the headline in one or two sentences
 * @param data           the data and the leakage check
 * @param discrimination how well the model ranks
 * @param calibration    how trustworthy its probabilities are
 * @param ranking        what calling the top leads first is worth
 * @param segments       quality per value of each segment field
 * @param weights        what drives the score, strongest field first
 * @param comparison     against the champion it would replace; null when there is none
 * @param intervals      how sure each held-out figure is (DeLong for AUC, a seeded bootstrap for the others)
 * @param crossValidation per-fold and pooled figures when the run cross-validated; null otherwise
 * @param refit          whether the published model was refit on every row after these figures were measured
 * @param checks         duplicates, held-out copies of training rows, constant fields, missingness by outcome
 * @param tuning         the recipe search's steps (rare-level threshold, epochs, interactions) with their gains
 * @param grades         the held-out grade report of a graded version ({@code grading.json}'s {@code report}:
 *                       conversion by grade, the fit × engagement quadrants, the top-grade check); null otherwise
 */
public record VersionReport(String title, String subject, String generatedAt, String verdict, DataSummary data,
                            Discrimination discrimination, Calibration calibration, RankingValue ranking,
                            List<SegmentQuality.Row> segments, List<FieldWeights.Weight> weights,
                            Comparison comparison, MetricIntervals intervals,
                            CrossValidationSection crossValidation, boolean refit, DataChecks checks,
                            List<RecipeSearch.Step> tuning, JsonNode grades) {

    /** Points per curve kept for drawing. */
    private static final int CURVE_POINTS = 200;

    /**
     * Ranking quality.
     *
     * @param rocAuc      chance that a random win is scored above a random loss
     * @param prAuc       average precision
     * @param baseRate    the PR AUC of ranking at random
     * @param roc         ROC curve points (thinned for drawing)
     * @param pr          precision-recall points (thinned for drawing)
     */
    public record Discrimination(double rocAuc, double prAuc, double baseRate, List<Curves.RocPoint> roc,
                                 List<Curves.PrPoint> pr) {
    }

    /**
     * Probability quality.
     *
     * @param reliability   predicted against observed win rate in ten probability bins
     * @param ece           expected calibration error over those bins
     * @param brier         mean squared error of the probabilities
     * @param logLoss       mean negative log-likelihood
     * @param baselineBrier Brier score of always predicting the training win rate
     * @param baselineLogLoss log loss of always predicting the training win rate
     * @param meanPredicted mean predicted probability
     * @param observedRate  actual win rate
     */
    public record Calibration(ReliabilityCurve reliability, double ece, double brier, double logLoss,
                              double baselineBrier, double baselineLogLoss, double meanPredicted,
                              double observedRate) {
    }

    public VersionReport {
        segments = List.copyOf(segments);
        weights = List.copyOf(weights);
        tuning = List.copyOf(tuning);
    }

    /** This report with a version's held-out grade report. */
    public VersionReport withGrades(JsonNode gradeReport) {
        return new VersionReport(title, subject, generatedAt, verdict, data, discrimination, calibration, ranking,
                segments, weights, comparison, intervals, crossValidation, refit, checks, tuning, gradeReport);
    }

    /**
     * Measures a trained model.
     *
     * @param subject         what to call it in the header
     * @param comparison      against the version it would replace, or null
     * @param minSegmentCount segments with fewer held-out leads are marked small
     */
    public static VersionReport of(TrainedModel trained, String subject, Comparison comparison, int minSegmentCount) {
        return of(trained, subject, comparison, minSegmentCount, null);
    }

    /** The same with the version's held-out grade report, or null when it has no grading. */
    public static VersionReport of(TrainedModel trained, String subject, Comparison comparison, int minSegmentCount,
                                   JsonNode grades) {
        double[] p = trained.testProbability();
        byte[] won = trained.testWon();
        Metrics test = trained.test();
        Discrimination discrimination = new Discrimination(test.rocAuc(), test.prAuc(), test.baseRate(),
                Curves.thin(Curves.roc(p, won), CURVE_POINTS), Curves.thin(Curves.pr(p, won), CURVE_POINTS));
        Calibration calibration = new Calibration(ReliabilityCurve.of(p, won, 10), test.ece(), test.brier(),
                test.logLoss(), trained.baseline().brier(), trained.baseline().logLoss(), test.meanPredicted(),
                test.baseRate());
        RankingValue ranking = RankingValue.of(p, won);
        DataSummary data = DataSummary.of(trained);
        // Weights of a model the data does not support describe noise: they are not shown as drivers.
        List<FieldWeights.Weight> weights = trained.verdict().dataSupportsModel()
                ? FieldWeights.of(trained.scorer(), trained.table(), trained.split().test()) : List.of();
        CrossValidationSection cv = CrossValidationSection.of(trained.crossValidation());
        DataChecks checks = trained.checks() != null ? trained.checks()
                : DataChecks.of(trained.table(), trained.split().train(), trained.split().test(), p);
        return new VersionReport("Model report", subject, Instant.now().toString(),
                Verdict.of(data, test, trained.intervals(), cv, checks, ranking, comparison), data, discrimination,
                calibration,
                ranking, SegmentQuality.of(trained.table(), trained.split().test(), p, minSegmentCount), weights,
                comparison, trained.intervals(), cv, trained.refit(), checks, trained.tuning(), grades);
    }
}
