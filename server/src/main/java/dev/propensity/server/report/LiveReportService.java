package dev.propensity.server.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.report.LiveObservation;
import dev.propensity.report.LiveReport;
import dev.propensity.report.ReferenceSample;
import dev.propensity.persona.PersonaBook;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.OutcomeWithInput;
import dev.propensity.server.feedback.ScoreRecord;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builds the champion's {@link LiveReport} from the feedback store: the scores it served in the window, the
 * outcomes that came back for them, its training rows as the reference, its held-out AUC at training, and the
 * by-grade table of {@link LiveGrades} over the same window.
 */
public final class LiveReportService {
    /** Quality figures on fewer returned outcomes are flagged as uncertain rather than alerted on. */
    static final int MIN_OUTCOMES = 100;

    private final ModelRegistry registry;
    private final FeedbackStore store;
    private final ReferenceSamples references;
    private final LiveGrades grades;
    private final Clock clock;

    public LiveReportService(ModelRegistry registry, FeedbackStore store, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.references = new ReferenceSamples(registry);
        this.grades = new LiveGrades(store, clock);
        this.clock = clock;
    }

    /**
     * The report over the last {@code window.days()} days, ending now.
     *
     * @throws NoChampionException when the registry has no champion
     * @throws dev.propensity.data.DataException when the champion's training data is gone or has changed
     */
    public LiveReport build(ReportWindow window) {
        ModelVersion champion = registry.champion()
                .orElseThrow(() -> new NoChampionException("the registry has no champion to report on"));
        ReferenceSample reference = references.of(champion);
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(window.days()));
        List<ScoreRecord> scores = store.scoresSince(since);
        List<OutcomeWithInput> outcomes = store.outcomesWithInputs(since);
        List<LiveObservation> observations = LiveObservations.join(scores, outcomes, champion.number(),
                reference.table().schema());
        double trainingAuc = champion.manifestValue("/metrics/test/roc_auc")
                .filter(JsonNode::isNumber).map(JsonNode::doubleValue).orElse(Double.NaN);
        return LiveReport.builder(reference).observations(observations).windowDays(window.days()).now(now)
                .trainingAuc(trainingAuc).minOutcomes(MIN_OUTCOMES).subject(champion.label())
                .grades(grades.report(window))
                .exploration(Files.exists(champion.file(PersonaBook.FILE)) ? ExploredLeads.measure(scores, outcomes) : null)
                .build();
    }
}
