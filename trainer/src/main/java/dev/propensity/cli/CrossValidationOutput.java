package dev.propensity.cli;

import dev.propensity.train.CrossValidation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What {@code evaluate --folds K} prints and writes: per-fold, pooled and spread, and the folds themselves. */
final class CrossValidationOutput {
    private CrossValidationOutput() {
    }

    static void print(PrintWriter out, CrossValidation cv) {
        out.printf(Locale.ROOT, "%s cross-validation%n", cv.method());
        for (CrossValidation.Fold f : cv.folds()) {
            out.printf(Locale.ROOT, "fold %d  %5d held out (%d wins)  ROC AUC %.4f (95%% CI %.4f-%.4f)  PR AUC %.4f"
                            + "  log loss %.4f  ECE %.4f%n", f.fold(), f.test().rows(), f.test().wins(), f.test().rocAuc(),
                    f.rocAuc().low(), f.rocAuc().high(), f.test().prAuc(), f.test().logLoss(), f.test().ece());
        }
        out.printf(Locale.ROOT, "pooled %5d out-of-fold   ROC AUC %.4f  PR AUC %.4f  log loss %.4f  Brier %.4f  ECE %.4f%n",
                cv.pooled().rows(), cv.pooled().rocAuc(), cv.pooled().prAuc(), cv.pooled().logLoss(), cv.pooled().brier(),
                cv.pooled().ece());
        out.println(IntervalSummary.line(cv.pooledIntervals()));
        out.printf(Locale.ROOT, "base rate                  log loss %.4f  Brier %.4f%n", cv.pooledBaseline().logLoss(),
                cv.pooledBaseline().brier());
        out.printf(Locale.ROOT, "spread over folds: ROC AUC %.4f ± %.4f (%.4f-%.4f)  PR AUC %.4f ± %.4f  log loss %.4f ± %.4f"
                        + "  ECE %.4f ± %.4f (mean ± sd)%n", cv.rocAuc().mean(), cv.rocAuc().sd(), cv.rocAuc().min(),
                cv.rocAuc().max(), cv.prAuc().mean(), cv.prAuc().sd(), cv.logLoss().mean(), cv.logLoss().sd(),
                cv.ece().mean(), cv.ece().sd());
    }

    /** CSV of row (0-based data row), fold (1-based), won, out-of-fold probability. */
    static void write(Path file, CrossValidation cv, byte[] won) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("row,fold,won,probability\n");
            for (int row = 0; row < won.length; row++) {
                writer.write(row + "," + (cv.foldOfRow()[row] + 1) + "," + won[row] + "," + cv.outOfFold()[row] + "\n");
            }
        }
    }
}
