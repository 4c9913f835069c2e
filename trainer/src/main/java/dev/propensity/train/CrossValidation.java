package dev.propensity.train;

import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.Interval;
import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * K-fold cross-validation of the whole training recipe (pipeline, fit, calibration): each fold trains on the
 * other folds and predicts its own rows, so every row gets one out-of-fold probability. The pooled figures are
 * those of all out-of-fold probabilities together (with intervals, as for a held-out split); the spread is that of
 * the K per-fold figures.
 *
 * @param method          "stratified 5-fold" or "time-blocked 5-fold"
 * @param folds           per-fold figures, fold 1 first
 * @param pooled          figures of every row's out-of-fold probability
 * @param pooledBaseline  figures of predicting, for each row, the win rate of its fold's training rows
 * @param pooledIntervals how sure the pooled figures are
 * @param rocAuc          spread of the per-fold ROC AUC
 * @param prAuc           spread of the per-fold PR AUC
 * @param logLoss         spread of the per-fold log loss
 * @param ece             spread of the per-fold calibration error
 * @param foldOfRow       the fold (0-based) that held out each row
 * @param outOfFold       each row's out-of-fold probability
 */
public record CrossValidation(String method, List<Fold> folds, Metrics pooled, Metrics pooledBaseline,
                              MetricIntervals pooledIntervals, Spread rocAuc, Spread prAuc, Spread logLoss,
                              Spread ece, int[] foldOfRow, double[] outOfFold) {

    /**
     * One fold.
     *
     * @param fold      1 to K
     * @param trainRows rows it learned from
     * @param test      figures on its held-out rows
     * @param rocAuc    DeLong interval of its AUC
     */
    public record Fold(int fold, int trainRows, Metrics test, Interval rocAuc) {
    }

    /** Mean, sample standard deviation, lowest and highest of a figure over the folds. */
    public record Spread(double mean, double sd, double min, double max) {
        static Spread of(List<Fold> folds, ToDoubleFunction<Metrics> figure) {
            double[] v = folds.stream().mapToDouble(f -> figure.applyAsDouble(f.test())).toArray();
            double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN);
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            return new Spread(mean, v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : Double.NaN,
                    java.util.Arrays.stream(v).min().orElse(Double.NaN), java.util.Arrays.stream(v).max().orElse(Double.NaN));
        }
    }

    public CrossValidation {
        folds = List.copyOf(folds);
    }

    /** Cross-validates {@code options}' recipe on {@code table} with {@code k} folds ({@link Folds#of}). */
    public static CrossValidation run(LeadTable table, int k, TrainingOptions options) {
        return run(table, Folds.of(table, k, options.seed()), options);
    }

    /** Cross-validates on the given folds. */
    public static CrossValidation run(LeadTable table, List<DataSplit> splits, TrainingOptions options) {
        // Each fold is one training run (with its own recipe search when asked): no nested folds, no refit.
        ModelTrainer trainer = new ModelTrainer(options.withFolds(0).withRefitAll(false));
        int n = table.size();
        double[] oof = new double[n];
        double[] base = new double[n];
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < splits.size(); f++) {
            DataSplit split = splits.get(f);
            TrainedModel trained = trainer.train(table, split);
            int[] test = split.test();
            for (int i = 0; i < test.length; i++) {
                oof[test[i]] = trained.testProbability()[i];
                base[test[i]] = trained.train().baseRate();
            }
            folds.add(new Fold(f + 1, split.train().length, trained.test(), trained.intervals().rocAuc()));
        }
        byte[] won = table.won();
        Metrics pooled = Metrics.of(oof, won);
        Metrics pooledBaseline = Metrics.of(base, won);
        return new CrossValidation(splits.get(0).method(), folds, pooled, pooledBaseline,
                MetricIntervals.of(oof, won, base, options.seed()),
                Spread.of(folds, Metrics::rocAuc), Spread.of(folds, Metrics::prAuc), Spread.of(folds, Metrics::logLoss),
                Spread.of(folds, Metrics::ece), Folds.assignment(splits, n), oof);
    }
}
