package dev.propensity.train;

import dev.propensity.data.LeadTable;
import dev.propensity.features.PipelineOptions;
import dev.propensity.schema.Interaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chooses the recipe on the training rows alone, so the held-out rows stay unseen: the training rows are split
 * again (the latest quarter by time when there is a timestamp, else a stratified quarter) into a fitting part
 * and a validation part, and each step keeps the choice with the lowest validation log loss:
 * <ol>
 *   <li>the rare-level threshold (levels seen fewer times are grouped into "other"): 5, 10, 20 or 40 rows;</li>
 *   <li>the regularisation strength, which for SGD without a working penalty in Tribuo 4.3.2 is early stopping:
 *       3, 5, 10 or 20 epochs;</li>
 *   <li>pairwise interactions: the {@value #CANDIDATES} best pairs of {@link InteractionScreen}, added one at a time
 *       and kept only when validation log loss drops by at least {@value #MIN_GAIN}.</li>
 * </ol>
 * Every step, kept or not, is reported with its validation figures and gain. Skipped above
 * {@value #MAX_ROWS} training rows (a dozen fits would cost more than the defaults lose there).
 */
public final class RecipeSearch {
    static final int MAX_ROWS = 20_000;
    static final int CANDIDATES = 5;
    static final double MIN_GAIN = 0.0005;
    private static final int[] MIN_LEVEL_COUNTS = {5, 10, 20, 40};
    private static final int[] EPOCHS = {3, 5, 10, 20};

    /**
     * One tried setting.
     *
     * @param step              "rare-level threshold", "epochs" or "interaction"
     * @param choice            the setting tried, such as "20" or "month*day"
     * @param validationLogLoss log loss on the validation part of the training rows
     * @param validationAuc     ROC AUC there
     * @param gain              log loss before this step minus with this setting (above 0: better)
     * @param kept              whether the recipe keeps it
     */
    public record Step(String step, String choice, double validationLogLoss, double validationAuc, double gain,
                       boolean kept) {
    }

    /** The chosen recipe and every step tried. */
    record Result(TrainingOptions options, List<Interaction> interactions, List<Step> steps) {
    }

    private RecipeSearch() {
    }

    static Result search(LeadTable table, int[] trainRows, TrainingOptions options) {
        if (trainRows.length > MAX_ROWS) {
            return new Result(options, table.schema().interactions(), List.of());
        }
        DataSplit inner = inner(table, trainRows, options.seed());
        List<Step> steps = new ArrayList<>();
        TrainingOptions best = options;
        List<Interaction> pairs = new ArrayList<>(table.schema().interactions());
        TrainedModel start = fit(table, pairs, inner, best);
        double current = start.test().logLoss();
        steps.add(new Step("start", "defaults", current, start.test().rocAuc(), 0, true));

        double before = current;
        TrainingOptions chosen = best;
        for (int count : MIN_LEVEL_COUNTS) {
            if (count == best.pipeline().minLevelCount()) {
                continue;
            }
            PipelineOptions p = best.pipeline();
            TrainingOptions trial = best.withPipeline(new PipelineOptions(p.quantileBins(), count, p.maxLevels(), p.logSkewness()));
            TrainedModel m = fit(table, pairs, inner, trial);
            boolean better = m.test().logLoss() < current;
            steps.add(new Step("rare-level threshold", Integer.toString(count), m.test().logLoss(), m.test().rocAuc(),
                    before - m.test().logLoss(), false));
            if (better) {
                current = m.test().logLoss();
                chosen = trial;
            }
        }
        best = markKept(steps, "rare-level threshold", chosen, best, Integer.toString(chosen.pipeline().minLevelCount()));

        before = current;
        int defaultEpochs = best.resolvedFor(inner.train().length).epochs();
        for (int epochs : EPOCHS) {
            if (epochs == defaultEpochs) {
                continue;
            }
            TrainingOptions trial = best.withEpochs(epochs);
            TrainedModel m = fit(table, pairs, inner, trial);
            steps.add(new Step("epochs", Integer.toString(epochs), m.test().logLoss(), m.test().rocAuc(),
                    before - m.test().logLoss(), false));
            if (m.test().logLoss() < current) {
                current = m.test().logLoss();
                chosen = trial;
            }
        }
        best = markKept(steps, "epochs", chosen, best, Integer.toString(chosen.epochs()));

        TrainedModel base = fit(table, pairs, inner, best);
        List<InteractionScreen.Candidate> ranked = InteractionScreen.rank(withPairs(table, pairs), inner.train(), base.scorer());
        for (InteractionScreen.Candidate candidate : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
            if (!(candidate.score() > 0)) {
                break;
            }
            List<Interaction> trial = new ArrayList<>(pairs);
            trial.add(candidate.interaction());
            TrainedModel m = fit(table, trial, inner, best);
            double gain = current - m.test().logLoss();
            boolean keep = gain >= MIN_GAIN;
            steps.add(new Step("interaction", candidate.interaction().field(), m.test().logLoss(), m.test().rocAuc(),
                    gain, keep));
            if (keep) {
                pairs = trial;
                current = m.test().logLoss();
            }
        }
        return new Result(best, List.copyOf(pairs), List.copyOf(steps));
    }

    /** Marks the kept step of a kind (the choice that won, if it was not the starting setting). */
    private static TrainingOptions markKept(List<Step> steps, String kind, TrainingOptions chosen, TrainingOptions previous,
                                            String choice) {
        if (chosen == previous) {
            return previous;
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.step().equals(kind) && s.choice().equals(choice)) {
                steps.set(i, new Step(s.step(), s.choice(), s.validationLogLoss(), s.validationAuc(), s.gain(), true));
            }
        }
        return chosen;
    }

    /** The table with these interactions in its schema. */
    static LeadTable withPairs(LeadTable table, List<Interaction> pairs) {
        if (pairs.equals(table.schema().interactions())) {
            return table;
        }
        return new LeadTable(table.schema().withInteractions(pairs), table.ids(), table.won(), table.times(),
                table.columns(), table.fingerprint(), table.warnings());
    }

    private static TrainedModel fit(LeadTable table, List<Interaction> pairs, DataSplit inner, TrainingOptions options) {
        return new ModelTrainer(options.withTune(false).withFolds(0).withRefitAll(false))
                .evaluate(withPairs(table, pairs), inner);
    }

    /** The training rows split again: the latest quarter by time, else a stratified quarter. */
    private static DataSplit inner(LeadTable table, int[] trainRows, long seed) {
        if (table.times() != null) {
            long[] times = table.times();
            int[] order = IntStream.of(trainRows).boxed()
                    .sorted((a, b) -> times[a] != times[b] ? Long.compare(times[a], times[b]) : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
            int cut = order.length - order.length / 4;
            int[] fitRows = Arrays.copyOfRange(order, 0, cut);
            int[] validation = Arrays.copyOfRange(order, cut, order.length);
            Arrays.sort(fitRows);
            Arrays.sort(validation);
            return new DataSplit(fitRows, validation, "time");
        }
        byte[] won = new byte[trainRows.length];
        for (int i = 0; i < won.length; i++) {
            won[i] = table.won()[trainRows[i]];
        }
        DataSplit local = Splitter.stratified(won, 0.25, seed);
        return new DataSplit(IntStream.of(local.train()).map(i -> trainRows[i]).toArray(),
                IntStream.of(local.test()).map(i -> trainRows[i]).toArray(), "stratified");
    }
}
