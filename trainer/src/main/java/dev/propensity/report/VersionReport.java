package dev.propensity.report;

import dev.propensity.evaluate.Metrics;
import dev.propensity.evaluate.ReliabilityCurve;
import dev.propensity.train.TrainedModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

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
 */
public record VersionReport(String title, String subject, String generatedAt, String verdict, DataSummary data,
                            Discrimination discrimination, Calibration calibration, RankingValue ranking,
                            List<SegmentQuality.Row> segments, List<FieldWeights.Weight> weights,
                            Comparison comparison) {

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
    }

    /**
     * Measures a trained model.
     *
     * @param subject         what to call it in the header
     * @param comparison      against the version it would replace, or null
     * @param minSegmentCount segments with fewer held-out leads are marked small
     */
    public static VersionReport of(TrainedModel trained, String subject, Comparison comparison, int minSegmentCount) {
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
        return new VersionReport("Model report", subject, Instant.now().toString(),
                verdict(data, test, ranking, comparison), data, discrimination, calibration, ranking,
                SegmentQuality.of(trained.table(), trained.split().test(), p, minSegmentCount),
                FieldWeights.of(trained.scorer(), trained.table(), trained.split().test()), comparison);
    }

    static String verdict(DataSummary data, Metrics test, RankingValue ranking, Comparison comparison) {
        StringBuilder text = new StringBuilder();
        if (!data.promotable()) {
            int more = data.guardProblems().size() - 1;
            text.append("Not fit to serve: ").append(data.guardProblems().get(0))
                    .append(more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "").append('.');
        } else {
            text.append(String.format(Locale.ROOT, "Fit to serve: %s ranking (AUC %.3f); the top 20 %% of leads hold %s of the wins.",
                    strength(test.rocAuc()), test.rocAuc(), Labels.percent(ranking.winsCapturedTop20())));
        }
        if (comparison != null) {
            text.append(" Against ").append(comparison.against()).append(": ").append(comparison.verdict()).append('.');
        }
        return text.toString();
    }

    private static String strength(double auc) {
        if (!(auc >= 0.6)) {
            return "weak";
        }
        return auc < 0.7 ? "fair" : auc < 0.8 ? "good" : "strong";
    }
}
