package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.grade.GradingFiles;
import dev.propensity.grade.GradingJson;
import dev.propensity.grade.GradingModel;
import dev.propensity.grade.GradingSpec;
import dev.propensity.registry.ModelVersion;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a challenger is graded: as the champion was (account key, title, intent fields, quantiles). A champion whose
 * engagement was learnt from activity events gets a challenger that learns it from events too: the events of every
 * lead in the snapshot (the champion's events file for its own leads, plus what {@code POST /v1/events} stored) are
 * written beside the snapshot ({@link RetrainEvents}) and named, with their hash, in the challenger's
 * {@code grading.json}.
 *
 * @param files what the training run adds to the challenger's folder
 * @param note  what the run says about the events, for the result's notes; empty when there were none
 */
record ChallengerGrading(TrainingRun.VersionFiles files, Optional<String> note) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ChallengerGrading of(ModelVersion champion, Snapshot snapshot, BaseHistory base, List<FeedbackExample> fed,
                                FeedbackStore store) {
        Path file = champion.file(GradingModel.FILE);
        if (!Files.isRegularFile(file)) {
            return new ChallengerGrading((trained, version) -> Map.of(), Optional.empty());
        }
        JsonNode root;
        GradingSpec spec;
        try {
            root = MAPPER.readTree(file.toFile());
            spec = GradingJson.fromJson(root).spec();
        } catch (IOException | IllegalArgumentException e) {
            throw new RetrainException("cannot read the champion's " + GradingModel.FILE + ": " + e.getMessage(), e);
        }
        if (!root.path("events").isObject()) {
            // Learnt from the snapshot counts: so is the challenger, whatever events the store holds.
            return new ChallengerGrading(GradingFiles.of(withoutEvents(spec)), Optional.empty());
        }
        if (spec.events().isEmpty()) {
            // Versions published before grading.json named its events file: their leads' events cannot be found again.
            return new ChallengerGrading(GradingFiles.of(spec), Optional.of("champion " + champion.label() + "'s "
                    + GradingModel.FILE + " does not name the events file it learnt from; the challenger's engagement"
                    + " is learnt from the snapshot counts"));
        }
        RetrainEvents.Written events = RetrainEvents.write(snapshot, base, fed, spec.events(), store);
        GradingSpec challenger = new GradingSpec(spec.account(), spec.title(), spec.intentFields(),
                Optional.of(events.source()), spec.fitQuantile(), spec.engagementQuantile());
        return new ChallengerGrading(GradingFiles.of(challenger), Optional.of("engagement learnt from " + events.events()
                + " activity events of " + events.leads() + " leads in " + events.file() + " (sha256 " + events.sha256() + ")"));
    }

    private static GradingSpec withoutEvents(GradingSpec spec) {
        return new GradingSpec(spec.account(), spec.title(), spec.intentFields(), Optional.empty(), spec.fitQuantile(),
                spec.engagementQuantile());
    }
}
