package dev.propensity.server.retrain;

import dev.propensity.train.DataSplit;
import java.util.stream.IntStream;

/**
 * The split of a retraining run: the most recent fed-back outcomes judge, everything before them trains. The
 * champion never saw them either, so both models are judged on leads new to them, as in production.
 */
final class RecentHoldout {
    static final String METHOD = "recent-outcomes";

    private RecentHoldout() {
    }

    /**
     * @param snapshot a snapshot whose rows are base rows then fed-back rows, oldest first
     * @param holdout  how many of the last rows to hold out
     */
    static DataSplit of(Snapshot snapshot, int holdout) {
        int rows = snapshot.rows();
        int firstHeldOut = rows - holdout;
        return new DataSplit(IntStream.range(0, firstHeldOut).toArray(), IntStream.range(firstHeldOut, rows).toArray(),
                METHOD);
    }
}
