package dev.propensity.server.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.data.Fingerprints;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.data.RowSource;
import dev.propensity.data.RowSources;
import dev.propensity.persona.PersonaBook;
import dev.propensity.persona.PersonaInput;
import dev.propensity.persona.PersonaPage;
import dev.propensity.registry.HistoryAction;
import dev.propensity.registry.HistoryEntry;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.feedback.Database;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.ScoreRecord;
import dev.propensity.server.feedback.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retraining end to end on a real feedback store, with leads drawn from TinyLeads' known logistic truth;
 * each subclass supplies the database.
 */
abstract class RetrainContract {
    /** When the store receives every outcome: after all scores, after every close date. */
    private static final Instant RECEIVED = Instant.parse("2026-01-05T12:00:00Z");

    @TempDir
    Path folder;

    private TestDatabase testDatabase;
    private Database database;
    private JdbcFeedbackStore store;
    private ModelRegistry registry;

    abstract TestDatabase freshDatabase(Path folder);

    @BeforeEach
    void open() {
        testDatabase = freshDatabase(folder);
        database = Database.open(testDatabase.config());
        store = new JdbcFeedbackStore(database, Clock.fixed(RECEIVED, ZoneOffset.UTC));
        registry = ModelRegistry.at(folder.resolve("models"));
    }

    @AfterEach
    void close() {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            testDatabase.close();
        }
    }

    @Test
    void aChallengerTrainedOnManyTrueOutcomesReplacesAChampionTrainedOnFewLeads() throws IOException {
        ModelVersion champion = champion(120, 1);
        FedBackLeads fed = feed(FedBackLeads.of(folder.resolve("fed"), "F", 3000, 0, 2));
        List<RetrainStage> stages = new CopyOnWriteArrayList<>();

        RetrainResult result = service(RetrainPolicy.DEFAULT).retrain("tester", stages::add);

        assertTrue(result.promoted(), result.reason());
        assertEquals(List.of(RetrainStage.values()), stages);
        assertEquals(champion.number(), result.championVersion());
        assertEquals(result.challengerVersion(), registry.champion().orElseThrow().number());
        assertEquals(120, result.baseRows());
        assertEquals(fed.outcomes().size(), result.feedbackRows());
        assertEquals(600, result.holdoutRows());
        // A model that saw 20 times more leads from the same truth ranks and predicts the recent ones better.
        assertTrue(result.challenger().logLoss() < result.champion().logLoss(), result.reason());
        assertTrue(result.challenger().rocAuc() > result.champion().rocAuc(), result.reason());
        assertHistory(HistoryAction.PROMOTE, result);
        assertTrue(result.reason().startsWith("promoted on 600 recent outcomes"), result.reason());
        // A champion without personas retrains as it always did: no persona book, no persona input, no note.
        ModelVersion challenger = registry.version(result.challengerVersion());
        assertTrue(Files.notExists(challenger.file(PersonaBook.FILE)));
        assertTrue(Files.notExists(challenger.file(PersonaPage.FILE)));
        assertFalse(PersonaInput.takes(SchemaReader.parse(challenger.manifest().get("schema"), null, "manifest")));
        assertTrue(result.notes().stream().noneMatch(n -> n.contains("persona")), result.notes().toString());
    }

    @Test
    void aChallengerTrainedOnOutcomesWithWonAndLostSwappedIsRefusedOnACleanRecentHoldout() throws IOException {
        // The older 3000 outcomes arrive with won and lost swapped (a broken CRM mapping); the latest 800 are
        // right. The hold-out (the latest 760) is clean, so the challenger that learned the swapped labels must
        // rank and predict it worse than the champion, which learned from 1000 clean leads.
        ModelVersion champion = champion(1000, 1);
        feed(FedBackLeads.of(folder.resolve("fed"), "F", 3800, 3000, 2));

        RetrainResult result = service(RetrainPolicy.DEFAULT).retrain("tester", ProgressListener.NONE);

        assertEquals(false, result.promoted(), result.reason());
        assertEquals(champion.number(), registry.champion().orElseThrow().number());
        assertEquals(760, result.holdoutRows());
        assertTrue(result.challenger().rocAuc() < result.champion().rocAuc() - 0.05, result.reason());
        // The base-rate guard speaks first: a challenger that ranks wins below losses is no model at all.
        assertTrue(result.reason().startsWith("not promoted on 760 recent outcomes: guards: the data does not support a model"),
                result.reason());
        assertTrue(result.reason().contains("ROC AUC"), result.reason());
        assertTrue(result.reason().contains("log loss"), result.reason());
        assertHistory(HistoryAction.REFUSE, result);
    }

    @Test
    void theSnapshotIsTheChallengersFingerprintedDataWithTheInputsAsScored() throws IOException {
        champion(200, 1);
        FedBackLeads fed = feed(FedBackLeads.of(folder.resolve("fed"), "F", 400, 0, 2));
        String lead = "FL00007";
        // Scored again after its outcome arrived, when the CRM knew more: the retrain must not learn from this.
        store.logScores(List.of(new ScoreRecord(lead, 1, 0.9, 90,
                "{\"industry\":\"Later Industry\",\"employees\":99999,\"requested_call\":\"yes\",\"noise\":5}",
                RECEIVED.plusSeconds(60), "req-later")));

        RetrainResult result = service(RetrainPolicy.DEFAULT).retrain("tester", ProgressListener.NONE);

        Path snapshot = result.snapshot();
        assertTrue(Files.isRegularFile(snapshot));
        assertEquals(folder.resolve("datasets").resolve("retrain"), snapshot.getParent());
        assertTrue(snapshot.getFileName().toString().matches("snapshot-\\d{8}T\\d{6}Z\\.parquet"), snapshot.toString());
        ModelVersion challenger = registry.version(result.challengerVersion());
        assertEquals(Fingerprints.sha256(snapshot), challenger.manifest().path("data").path("sha256").asText());
        assertEquals(result.snapshotSha256(), Fingerprints.sha256(snapshot));
        assertEquals(snapshot.toString(), challenger.manifest().path("data").path("file").asText());
        assertEquals(RecentHoldout.METHOD, challenger.manifest().path("data").path("split").asText());

        Map<String, Map<String, String>> rows = readSnapshot(snapshot);
        assertEquals(200 + 400, rows.size());
        Map<String, String> row = rows.get(lead);
        String scored = fed.scores().get(7).inputJson();
        JsonNode input = new com.fasterxml.jackson.databind.ObjectMapper().readTree(scored);
        String industry = input.get("industry").asText();
        assertEquals(industry.isEmpty() ? null : industry, row.get("industry"));
        assertEquals(input.get("employees").asDouble(), Double.parseDouble(row.get("employees")));
        assertEquals("feedback", row.get("retrain_source"));
        assertEquals(fed.outcomes().get(7).outcome(), row.get("outcome"));
        // Fed-back rows are stamped with the CRM's close date.
        assertEquals(fed.outcomes().get(7).closeDate().atStartOfDay(ZoneOffset.UTC).toInstant().toString(),
                row.get("closed_at"));
        assertEquals("base", rows.get("L00003").get("retrain_source"));
        assertTrue(rows.keySet().stream().noneMatch(id -> rows.get(id).containsValue("Later Industry")));

        // The snapshot trains as it is: its own schema, no survey file.
        LeadTable table = new LeadTableLoader(SchemaReader.parse(challenger.manifest().get("schema"), null, "manifest"))
                .load(snapshot, java.util.Optional.empty());
        assertEquals(600, table.size());
    }

    @Test
    void aLaterRetrainCountsEachFedBackOutcomeOnceAndNeedsSomethingNew() throws IOException {
        champion(120, 1);
        feed(FedBackLeads.of(folder.resolve("fed"), "F", 3000, 0, 2));
        RetrainResult first = service(RetrainPolicy.DEFAULT).retrain("tester", ProgressListener.NONE);
        assertTrue(first.promoted(), first.reason());

        // Nothing arrived since: the snapshot would be the champion's own data again, so nothing is published.
        int versions = registry.versions().size();
        RetrainException nothingNew = assertThrows(RetrainException.class,
                () -> service(RetrainPolicy.DEFAULT).retrain("tester", ProgressListener.NONE));
        assertTrue(nothingNew.getMessage().startsWith("nothing new since champion v2 was trained"), nothingNew.getMessage());
        assertEquals(versions, registry.versions().size());

        // The new champion learned from a snapshot that holds the outcomes too; they come from the store again.
        feed(FedBackLeads.of(folder.resolve("more"), "G", 200, 0, 3));
        RetrainResult second = service(RetrainPolicy.DEFAULT.withMargins(1, 1)).retrain("tester", ProgressListener.NONE);

        assertEquals(first.challengerVersion(), second.championVersion());
        assertEquals(120, second.baseRows());
        assertEquals(3200, second.feedbackRows());
        assertEquals(3320, readSnapshot(second.snapshot()).size());
    }

    @Test
    void withoutAChampionTheRunIsRefused() {
        RetrainException e = assertThrows(RetrainException.class,
                () -> service(RetrainPolicy.DEFAULT).retrain("tester", ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("no champion in " + folder.resolve("models")), e.getMessage());
    }

    @Test
    void withTooFewFedBackOutcomesTheRunIsRefusedBeforeAnythingIsWritten() throws IOException {
        champion(200, 1);
        feed(FedBackLeads.of(folder.resolve("fed"), "F", 99, 0, 2));

        RetrainException e = assertThrows(RetrainException.class,
                () -> service(RetrainPolicy.DEFAULT).retrain("tester", ProgressListener.NONE));

        assertTrue(e.getMessage().startsWith("only 99 fed-back outcomes have a logged score to learn from; a retrain"
                + " needs at least 100"), e.getMessage());
        assertEquals(1, registry.versions().size());
        assertTrue(Files.notExists(folder.resolve("datasets").resolve("retrain")));
    }

    @Test
    void whenTheChampionsTrainingDataIsGoneTheRunIsRefusedNamingTheFile() throws IOException {
        champion(200, 1);
        feed(FedBackLeads.of(folder.resolve("fed"), "F", 400, 0, 2));
        Path data = folder.resolve("base").resolve("leads.csv");
        Files.delete(data);

        RetrainException e = assertThrows(RetrainException.class,
                () -> service(RetrainPolicy.DEFAULT).retrain("tester", ProgressListener.NONE));

        assertTrue(e.getMessage().startsWith("the training data of champion v1, " + data.toAbsolutePath()
                + ", does not exist"), e.getMessage());
    }

    private RetrainService service(RetrainPolicy policy) {
        return new RetrainService(registry, store, policy, folder.resolve("datasets").resolve("retrain"),
                Clock.fixed(RECEIVED.plusSeconds(3600), ZoneOffset.UTC));
    }

    private ModelVersion champion(int rows, long seed) throws IOException {
        return RetrainFixtures.champion(registry, folder, rows, seed);
    }

    private FedBackLeads feed(FedBackLeads fed) {
        return RetrainFixtures.feed(store, fed);
    }

    private void assertHistory(HistoryAction action, RetrainResult result) {
        List<HistoryEntry> history = registry.history();
        HistoryEntry last = history.get(history.size() - 1);
        assertEquals(action, last.action());
        assertEquals(result.challengerVersion(), last.to());
        assertEquals("tester", last.who());
        assertEquals(result.reason(), last.why());
        JsonNode metrics = last.metrics();
        assertNotNull(metrics);
        assertEquals(result.holdoutRows(), metrics.path("holdout_rows").asInt());
        assertEquals(result.champion().rocAuc(), metrics.path("champion").path("roc_auc").asDouble(), 1e-12);
        assertEquals(result.challenger().rocAuc(), metrics.path("challenger").path("roc_auc").asDouble(), 1e-12);
        assertEquals(result.champion().logLoss(), metrics.path("champion").path("log_loss").asDouble(), 1e-12);
        assertEquals(result.challenger().logLoss(), metrics.path("challenger").path("log_loss").asDouble(), 1e-12);
        assertEquals(result.holdoutRows(), metrics.path("challenger").path("rows").asInt());
        assertEquals(result.holdoutRows(), metrics.path("champion").path("rows").asInt());
    }

    /** Every row of a snapshot by id, column name to text as the trainer reads it. */
    private static Map<String, Map<String, String>> readSnapshot(Path snapshot) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (RowSource source = RowSources.open(snapshot, CsvFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(source.header());
            for (String[] values; (values = source.next()) != null; ) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values[i]);
                }
                rows.put(row.get("lead_id"), row);
            }
        }
        return rows;
    }
}
