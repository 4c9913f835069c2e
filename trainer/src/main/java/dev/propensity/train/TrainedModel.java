package dev.propensity.train;

import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.DataChecks;
import dev.propensity.evaluate.LeakageCheck;
import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import dev.propensity.model.PropensityModel;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Everything a training run produced: the model in both forms, how it was judged, and whether it may serve.
 *
 * @param scorer          the model as the server scores with it
 * @param tribuoModel     Tribuo's model, saved in its protobuf format
 * @param table           the data it learned from
 * @param split           which rows trained it and which judged it
 * @param testProbability calibrated probabilities of the held-out rows, in {@code split.test()} order
 * @param train           figures on the training rows
 * @param test            figures on the held-out rows
 * @param baseline        figures of predicting the training win rate for every held-out lead
 * @param fieldPower      each field's own AUC, strongest first
 * @param verdict         guards
 * @param options         hyperparameters used
 * @param intervals       how sure the held-out figures are
 * @param crossValidation the cross-validation run beside the split, or null when none ran
 * @param refit           whether the published model was refit on every row after evaluation (its held-out figures
 *                        are then those of the evaluated model, which had not seen the held-out rows)
 * @param tuning          the recipe search's steps with their validation gains; empty when it did not run
 * @param checks          the data checks on this split (duplicates, held-out copies of training rows, constant
 *                        fields, missingness by outcome), computed once for the report and the command's printout;
 *                        null where no one reads them (a recipe search's inner fits, a replayed version)
 */
public record TrainedModel(PropensityModel scorer, Model<Label> tribuoModel, LeadTable table, DataSplit split,
                           double[] testProbability, Metrics train, Metrics test, Metrics baseline,
                           List<LeakageCheck.FieldPower> fieldPower, GuardVerdict verdict, TrainingOptions options,
                           MetricIntervals intervals, CrossValidation crossValidation, boolean refit,
                           List<RecipeSearch.Step> tuning, DataChecks checks) {

    public TrainedModel {
        tuning = List.copyOf(tuning);
    }

    /** This model with the recipe search's steps recorded. */
    TrainedModel withTuning(List<RecipeSearch.Step> steps) {
        return new TrainedModel(scorer, tribuoModel, table, split, testProbability, train, test, baseline, fieldPower,
                verdict, options, intervals, crossValidation, refit, steps, checks);
    }

    /** This model with its data checks. */
    TrainedModel withChecks(DataChecks dataChecks) {
        return new TrainedModel(scorer, tribuoModel, table, split, testProbability, train, test, baseline, fieldPower,
                verdict, options, intervals, crossValidation, refit, tuning, dataChecks);
    }

    /** Win (1) or loss (0) of each held-out row, aligned with {@link #testProbability()}. */
    public byte[] testWon() {
        byte[] won = new byte[split.test().length];
        for (int i = 0; i < won.length; i++) {
            won[i] = table.won()[split.test()[i]];
        }
        return won;
    }
}
