package dev.propensity.server.retrain;

import java.nio.file.Path;

/**
 * A retraining snapshot as written: base rows first, in the champion's data order, then the fed-back outcomes,
 * oldest close first.
 *
 * @param file         the Parquet file
 * @param sha256       the hash of its bytes, which the challenger's manifest records as {@code data.sha256}
 * @param layout       its columns and the schema to train from it
 * @param baseRows     rows from the champion's training data
 * @param feedbackRows rows from fed-back outcomes
 */
public record Snapshot(Path file, String sha256, SnapshotLayout layout, int baseRows, int feedbackRows) {
    public int rows() {
        return baseRows + feedbackRows;
    }
}
