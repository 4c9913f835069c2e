package dev.propensity.train;

import java.util.List;

/**
 * Whether a trained model may become the champion, and every reason it may not.
 *
 * @param promotable        true when no guard failed
 * @param problems          readable reasons, each naming the count or the field at fault
 * @param leakyFields       fields that alone predict the label almost perfectly
 * @param dataSupportsModel false when the model is not shown to beat the base rate (held-out log loss no better,
 *                          or an AUC interval that includes 0.5): its weights are then not drivers of anything
 */
public record GuardVerdict(boolean promotable, List<String> problems, List<String> leakyFields,
                           boolean dataSupportsModel) {

    /** A verdict that says nothing against the signal in the data (verdicts written before the base-rate guard). */
    public GuardVerdict(boolean promotable, List<String> problems, List<String> leakyFields) {
        this(promotable, problems, leakyFields, true);
    }
}
