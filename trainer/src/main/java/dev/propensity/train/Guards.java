package dev.propensity.train;

import dev.propensity.evaluate.LeakageCheck;
import dev.propensity.evaluate.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks a model must pass before it may serve: enough wins and losses, no sign of leakage, and evidence
 * that it is better than guessing ({@link BaseRateGuard}).
 */
final class Guards {
    private Guards() {
    }

    /**
     * @param evidence what the base-rate guard judges by, each of which must show the model beats the base rate:
     *                 the held-out figures, and the pooled out-of-fold ones too when the run cross-validated
     */
    static GuardVerdict check(long wins, long losses, List<LeakageCheck.FieldPower> power, Metrics test,
                              TrainingOptions options, BaseRateGuard.Evidence... evidence) {
        List<String> problems = new ArrayList<>();
        List<String> leaky = new ArrayList<>();
        if (wins < options.minWins()) {
            problems.add("only " + wins + " wins; at least " + options.minWins() + " are needed to promote");
        }
        if (losses < options.minLosses()) {
            problems.add("only " + losses + " losses; at least " + options.minLosses() + " are needed to promote");
        }
        for (LeakageCheck.FieldPower field : power) {
            if (field.auc() > options.leakageFieldAuc()) {
                leaky.add(field.field());
                problems.add(String.format(Locale.ROOT,
                        "probable leakage: field '%s' alone predicts the outcome with AUC %.3f; is it known only after the outcome? exclude it in the schema",
                        field.field(), field.auc()));
            }
        }
        if (test.rocAuc() > options.leakageModelAuc()) {
            problems.add(String.format(Locale.ROOT,
                    "probable leakage: test AUC %.3f is too good to be true (above %.2f); look for columns filled in after the outcome",
                    test.rocAuc(), options.leakageModelAuc()));
        }
        List<String> noSignal = new ArrayList<>();
        for (BaseRateGuard.Evidence e : evidence) {
            noSignal.addAll(BaseRateGuard.problems(e));
        }
        problems.addAll(noSignal);
        return new GuardVerdict(problems.isEmpty(), List.copyOf(problems), List.copyOf(leaky), noSignal.isEmpty());
    }
}
