package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.evaluate.Metrics;
import dev.propensity.train.ManifestBuilder;
import java.nio.file.Path;
import java.util.List;

/**
 * What a completed retraining run decided, and the figures and data behind it.
 *
 * @param challengerVersion  the version published for the challenger (promoted or not)
 * @param championVersion    the champion it was compared with (still the champion unless {@code promoted})
 * @param promoted           whether the challenger is now the champion
 * @param reason             the decision in one sentence, as written to the history
 * @param champion           the champion's figures on the hold-out
 * @param challenger         the challenger's figures on the same hold-out
 * @param snapshot           the Parquet file the challenger was trained from
 * @param snapshotSha256     that file's hash, also the challenger manifest's {@code data.sha256}
 * @param baseRows           rows from the champion's training data
 * @param feedbackRows       rows from fed-back outcomes, hold-out included
 * @param holdoutRows        the most recent fed-back outcomes, which neither model learned from
 * @param notes              what the run tolerated (unreadable logged values...), may be empty
 */
public record RetrainResult(int challengerVersion, int championVersion, boolean promoted, String reason,
                            Metrics champion, Metrics challenger, Path snapshot, String snapshotSha256,
                            int baseRows, int feedbackRows, int holdoutRows, List<String> notes) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RetrainResult {
        notes = List.copyOf(notes);
    }

    /** Both sets of figures as the history records them: {@code {"champion", "challenger", "holdout_rows"}}. */
    public ObjectNode metricsJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("champion", ManifestBuilder.metricsJson(champion));
        node.set("challenger", ManifestBuilder.metricsJson(challenger));
        node.put("holdout_rows", holdoutRows);
        return node;
    }

    /** The result in the HTTP API's shape, snake_case. */
    public ObjectNode toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("challenger_version", challengerVersion).put("champion_version", championVersion)
                .put("promoted", promoted).put("reason", reason);
        node.set("metrics", metricsJson());
        node.put("snapshot", snapshot.toString()).put("snapshot_sha256", snapshotSha256)
                .put("base_rows", baseRows).put("feedback_rows", feedbackRows).put("holdout_rows", holdoutRows);
        notes.forEach(node.putArray("notes")::add);
        return node;
    }
}
