package dev.propensity.train;

import java.util.List;

/**
 * Whether a trained model may become the champion, and every reason it may not.
 *
 * @param promotable true when no guard failed
 * @param problems   readable reasons, each naming the count or the field at fault
 * @param leakyFields fields that alone predict the label almost perfectly
 */
public record GuardVerdict(boolean promotable, List<String> problems, List<String> leakyFields) {
}
