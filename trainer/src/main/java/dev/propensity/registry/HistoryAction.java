package dev.propensity.registry;

import java.util.Locale;

/** What a line of {@code history.jsonl} records. */
public enum HistoryAction {
    /** The alias was moved to a chosen version. */
    PROMOTE,
    /** The alias was moved back to the champion before the current one. */
    ROLLBACK,
    /** A challenger was judged and not promoted; the alias did not move. */
    REFUSE;

    /** The word written in the history file. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the word written in the history file. */
    static HistoryAction ofWord(String word) {
        for (HistoryAction action : values()) {
            if (action.word().equals(word)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown history action '" + word + "'");
    }
}
