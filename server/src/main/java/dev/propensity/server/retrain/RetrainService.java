package dev.propensity.server.retrain;

import dev.propensity.data.DataException;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.evaluate.Metrics;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.SchemaException;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.train.DataSplit;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One retraining run: the champion's training data plus every fed-back outcome (labelled by the CRM, described
 * by the input as scored) go into a Parquet snapshot (with their activity events beside it when the champion learnt
 * engagement from events, see {@link ChallengerGrading}); a challenger trained on it, minus the most recent outcomes,
 * is published and judged against the champion on those outcomes; it is promoted only when it passes the
 * trainer's guards and is not worse than the champion by more than the policy's margins. Either way the decision
 * and both sets of figures go into the registry's history. A champion with personas (issue 9) passes its persona
 * book on to the challenger unchanged, and its persona input when its model takes one ({@link ChallengerPersonas}).
 *
 * <p>Runs on the caller's thread. Two runs at once would both publish and could both promote, so callers take
 * turns: {@link RetrainJobs} runs it in the background, one run at a time.
 */
public final class RetrainService implements Retrainer {
    private final ModelRegistry registry;
    private final FeedbackStore feedback;
    private final RetrainPolicy policy;
    private final SnapshotWriter snapshots;
    private final Clock clock;

    /**
     * @param snapshots the folder the Parquet snapshots are written to
     * @param clock     names the snapshot files
     */
    public RetrainService(ModelRegistry registry, FeedbackStore feedback, RetrainPolicy policy, Path snapshots,
                          Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.snapshots = new SnapshotWriter(Objects.requireNonNull(snapshots, "snapshots"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs a retraining to its decision.
     *
     * @param who      who asked, recorded in the history
     * @param progress hears each stage as it starts
     * @return the decision, both sets of figures and the snapshot
     * @throws RetrainException when there is no champion, its training data is gone, its columns cannot be
     *                          stored in a snapshot, or there are too few fed-back outcomes (or only wins or only
     *                          losses among the most recent)
     */
    @Override
    public RetrainResult retrain(String who, ProgressListener progress) {
        ModelVersion champion = registry.champion().orElseThrow(() -> new RetrainException(
                "no champion in " + registry.root() + ": train and promote a model before retraining it"));
        progress.stage(RetrainStage.LOADING_BASE);
        BaseHistory base = BaseHistory.of(champion);
        // Read before anything is written: a book that cannot be carried over stops the run here.
        ChallengerPersonas personas = ChallengerPersonas.of(champion, base.schema().format());

        progress.stage(RetrainStage.READING_FEEDBACK);
        FeedbackExamples fed = FeedbackExamples.of(feedback.outcomesWithInputs(Instant.EPOCH), base.schema());
        int holdout = checkEnough(fed.examples());

        progress.stage(RetrainStage.WRITING_SNAPSHOT);
        Snapshot snapshot = snapshots.write(clock.instant(), base, fed.examples());
        refuseIfNothingNew(champion, snapshot);

        progress.stage(RetrainStage.TRAINING);
        LeadTable table = personas.table(load(snapshot));
        DataSplit split = RecentHoldout.of(snapshot, holdout);
        ChallengerGrading grading;
        try {
            grading = ChallengerGrading.of(champion, snapshot, base, fed.examples(), feedback);
        } catch (RuntimeException e) {
            // No version names the snapshot yet, and without the champion's events it is half a data set: a rerun
            // after the events file is restored writes it again.
            discard(snapshot);
            throw e;
        }
        TrainingRun run = new TrainingRun(registry, ChampionOptions.of(champion), personas.wrap(grading.files()));
        // Published but not promoted: the decision below needs the champion's figures on the same rows.
        TrainingRun.Result published = run.run(table, split, false, who, null);
        TrainedModel challenger = published.trained();

        progress.stage(RetrainStage.COMPARING);
        Metrics championMetrics = ChampionOnHoldout.metrics(registry, champion, personas.championInput(), table,
                split.test());

        progress.stage(RetrainStage.DECIDING);
        Decision decision = Decision.of(challenger.verdict(), championMetrics, challenger.test(), policy);
        List<String> notes = new ArrayList<>(base.table().warnings());
        notes.addAll(fed.notes());
        grading.note().ifPresent(notes::add);
        personas.note().ifPresent(notes::add);
        RetrainResult result = new RetrainResult(published.version().number(), champion.number(), decision.promote(),
                decision.reason(), championMetrics, challenger.test(), snapshot.file(), snapshot.sha256(),
                snapshot.baseRows(), snapshot.feedbackRows(), holdout, notes);
        if (decision.promote()) {
            registry.promote(result.challengerVersion(), who, decision.reason(), result.metricsJson());
        } else {
            registry.recordDecision(result.challengerVersion(), who, decision.reason(), result.metricsJson());
        }
        return result;
    }

    /** The hold-out size, once the fed-back outcomes are known to be enough to judge and learn from. */
    private int checkEnough(List<FeedbackExample> examples) {
        int n = examples.size();
        if (n < policy.minFeedback()) {
            throw new RetrainException("only " + n + " fed-back outcomes have a logged score to learn from; a retrain"
                    + " needs at least " + policy.minFeedback() + " (the most recent " + policy.holdoutSize(n)
                    + " are held out to compare the challenger with the champion)");
        }
        int holdout = policy.holdoutSize(n);
        long wins = examples.subList(n - holdout, n).stream().filter(FeedbackExample::won).count();
        if (wins == 0 || wins == holdout) {
            throw new RetrainException("the " + holdout + " most recent fed-back outcomes are all "
                    + (wins == 0 ? "losses" : "wins") + "; the champion and a challenger cannot be compared on them");
        }
        return holdout;
    }

    /**
     * Snapshots are byte-for-byte reproducible, so the champion's own fingerprint means no outcome arrived since it
     * was trained: a challenger would be the same model again, and a nightly job would publish one every night.
     */
    private static void refuseIfNothingNew(ModelVersion champion, Snapshot snapshot) {
        if (!snapshot.sha256().equals(champion.manifest().path("data").path("sha256").asText())) {
            return;
        }
        discard(snapshot);
        throw new RetrainException("nothing new since champion " + champion.label() + " was trained: its data holds"
                + " the same " + snapshot.feedbackRows() + " fed-back outcomes; no challenger was published");
    }

    /** Deletes a snapshot no version will name; a file that cannot be deleted is only a leftover, not an error. */
    private static void discard(Snapshot snapshot) {
        try {
            Files.deleteIfExists(snapshot.file());
        } catch (IOException e) {
            // The refusal that follows is what matters to the caller.
        }
    }

    private static LeadTable load(Snapshot snapshot) {
        try {
            LeadTable table = new LeadTableLoader(snapshot.layout().schema()).load(snapshot.file(), Optional.empty());
            if (table.size() != snapshot.rows()) {
                // The split is by row position, so every row written must come back, in order.
                throw new IllegalStateException("snapshot " + snapshot.file() + " has " + snapshot.rows()
                        + " rows but " + table.size() + " were loaded");
            }
            return table;
        } catch (SchemaException | DataException e) {
            throw new IllegalStateException("cannot train from snapshot " + snapshot.file() + ": " + e.getMessage(), e);
        }
    }
}
