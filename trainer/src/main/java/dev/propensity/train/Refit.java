package dev.propensity.train;

import dev.propensity.data.LeadTable;
import java.util.stream.IntStream;

/**
 * After evaluation, the model is fitted again on every row with the same recipe and options, so that a small
 * export does not leave a fifth of its deals unused. The evaluation's figures are kept: they measure the recipe
 * on rows its model had not seen, which is the best estimate of how the refit model will do on new leads (a
 * refit on more rows is expected to be at least as good). The refit model cannot be judged on any held-out row.
 */
final class Refit {
    private Refit() {
    }

    static TrainedModel onAllRows(TrainedModel evaluated) {
        LeadTable table = evaluated.table();
        int[] all = IntStream.range(0, table.size()).toArray();
        DataSplit everything = new DataSplit(all, new int[0], evaluated.split().method());
        ModelTrainer.Fitted fitted = ModelTrainer.fit(table, everything, evaluated.options());
        return new TrainedModel(fitted.scorer(), fitted.tribuoModel(), table, evaluated.split(),
                evaluated.testProbability(), evaluated.train(), evaluated.test(), evaluated.baseline(),
                evaluated.fieldPower(), evaluated.verdict(), evaluated.options(), evaluated.intervals(),
                evaluated.crossValidation(), true, evaluated.tuning(), evaluated.checks());
    }
}
