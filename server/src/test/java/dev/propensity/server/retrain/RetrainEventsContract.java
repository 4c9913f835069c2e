package dev.propensity.server.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.Fingerprints;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.grade.ActivityEvent;
import dev.propensity.grade.DecayEngagement;
import dev.propensity.grade.DecayEngagementFitter;
import dev.propensity.grade.GradingFiles;
import dev.propensity.grade.GradingJson;
import dev.propensity.grade.GradingModel;
import dev.propensity.grade.GradingSpecReader;
import dev.propensity.grade.SubScore;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.feedback.Database;
import dev.propensity.server.feedback.EventRecord;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.OutcomeRequest;
import dev.propensity.server.feedback.ScoreRecord;
import dev.propensity.server.feedback.TestDatabase;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retraining a champion whose engagement was learnt from activity events: the leads' scores, events and outcomes go
 * through the feedback store, and the challenger learns its engagement from the events too. The truth: a lead's
 * log-odds are 1.5 higher in software, and rise by 1 per web visit decayed with a 7-day half-life. Each subclass
 * supplies the database.
 */
abstract class RetrainEventsContract {
    private static final Instant RECEIVED = Instant.parse("2026-01-05T12:00:00Z");
    private static final Instant SCORED_AT = Instant.parse("2025-01-01T09:00:00Z");
    private static final LocalDate FIRST_CLOSE = LocalDate.of(2025, 2, 1);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = """
            {
              "name": "eventful",
              "data": "leads.csv",
              "id": "lead_id",
              "timestamp": "created",
              "label": {"column": "outcome", "positive": "won"},
              "features": [
                {"name": "industry", "kind": "categorical", "group": "fit"},
                {"name": "visits", "kind": "numeric", "group": "engagement"}
              ],
              "grading": {"events": {"file": "events.csv", "key": "lead_id", "type": "event_type", "time": "event_time"}}
            }
            """;

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

    /** One generated lead: its industry, its web visits and whether it won, drawn from the decayed-visit truth. */
    private record Lead(String id, String industry, List<Instant> visits, boolean won) {
    }

    private static Lead lead(String id, Instant asOf, Random random) {
        String industry = random.nextBoolean() ? "Software" : "Retail";
        List<Instant> visits = new ArrayList<>();
        double level = 0;
        for (int k = random.nextInt(7); k > 0; k--) {
            double ageDays = 90 * random.nextDouble();
            visits.add(asOf.minus(Duration.ofMinutes((long) (ageDays * 1440))));
            level += Math.pow(2, -ageDays / 7);
        }
        double logit = -2 + (industry.equals("Software") ? 1.5 : 0) + level;
        return new Lead(id, industry, visits, random.nextDouble() < 1 / (1 + Math.exp(-logit)));
    }

    /** Trains and promotes a champion on {@code rows} leads with an events file, as {@code train} would. */
    private ModelVersion champion(int rows, Random random) throws IOException {
        Path base = Files.createDirectories(folder.resolve("base"));
        StringBuilder csv = new StringBuilder("lead_id,industry,visits,created,outcome\n");
        StringBuilder events = new StringBuilder("lead_id,event_type,event_time\n");
        for (int i = 0; i < rows; i++) {
            LocalDate created = LocalDate.of(2024, 1, 1).plusDays(i / 4);
            Lead lead = lead("B" + i, created.atStartOfDay(ZoneOffset.UTC).toInstant(), random);
            csv.append(lead.id()).append(',').append(lead.industry()).append(',').append(lead.visits().size()).append(',')
                    .append(created).append(',').append(lead.won() ? "won" : "lost").append('\n');
            lead.visits().forEach(t -> events.append(lead.id()).append(",web_visit,").append(t).append('\n'));
        }
        Files.writeString(base.resolve("leads.csv"), csv);
        Files.writeString(base.resolve("events.csv"), events);
        Path schemaFile = Files.writeString(base.resolve("schema.json"), SCHEMA);
        Schema schema = SchemaReader.read(schemaFile);
        LeadTable table = new LeadTableLoader(schema).load();
        TrainingRun.Result run = new TrainingRun(registry, TrainingOptions.DEFAULT.withMinimums(10, 10),
                GradingFiles.of(GradingSpecReader.read(schemaFile, schema))).run(table, true, "tester", "first champion");
        assertTrue(run.trained().verdict().promotable(), "the champion's guards must pass: " + run.trained().verdict());
        return run.version();
    }

    /** Scores, events and outcomes of {@code rows} leads through the store, as the server and the CRM send them. */
    private List<Lead> feed(int rows, Random random) {
        List<Lead> leads = new ArrayList<>();
        List<ScoreRecord> scores = new ArrayList<>();
        List<EventRecord> events = new ArrayList<>();
        List<OutcomeRequest> outcomes = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            LocalDate close = FIRST_CLOSE.plusDays(i / 20);
            // A fed-back lead is learnt from as of its close date, the snapshot's time for it.
            Lead lead = lead(String.format("F%05d", i), close.atStartOfDay(ZoneOffset.UTC).toInstant(), random);
            leads.add(lead);
            String input = MAPPER.createObjectNode().put("lead_id", lead.id()).put("industry", lead.industry())
                    .put("visits", lead.visits().size()).toString();
            scores.add(new ScoreRecord(lead.id(), 1, 0.5, 50, input, SCORED_AT, "req-" + lead.id()));
            lead.visits().forEach(t -> events.add(new EventRecord(lead.id(), "web_visit", t)));
            outcomes.add(new OutcomeRequest(lead.id(), lead.won() ? "won" : "lost", null, close, "key-" + lead.id()));
        }
        store.logScores(scores);
        store.recordEvents(events);
        store.recordOutcomes(outcomes);
        return leads;
    }

    private static JsonNode grading(ModelVersion version) throws IOException {
        return MAPPER.readTree(version.file(GradingModel.FILE).toFile());
    }

    @Test
    void aChampionThatLearntEngagementFromEventsGetsAChallengerThatLearnsItFromTheStoredEventsToo() throws IOException {
        Random random = new Random(3);
        ModelVersion champion = champion(1200, random);
        assertTrue(grading(champion).path("events").isObject(), "the champion learnt engagement from events");
        List<Lead> fed = feed(600, random);

        RetrainResult result = service().retrain("tester", ProgressListener.NONE);

        ModelVersion challenger = registry.versions().stream().filter(v -> v.number() == result.challengerVersion())
                .findFirst().orElseThrow();
        JsonNode root = grading(challenger);
        // The events file beside the snapshot, named with its hash as the manifest names the snapshot's.
        JsonNode source = root.path("spec").path("events");
        Path eventsFile = Path.of(source.path("file").asText());
        assertEquals(result.snapshot().getParent(), eventsFile.getParent());
        assertEquals(Fingerprints.sha256(eventsFile), source.path("sha256").asText());
        long stored = fed.stream().mapToLong(l -> l.visits().size()).sum();
        long championsOwn = Files.readAllLines(folder.resolve("base").resolve("events.csv")).size() - 1;
        assertEquals(1 + championsOwn + stored, Files.readAllLines(eventsFile).size(),
                "the champion's events and every stored event, each once");
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("engagement learnt from " + (championsOwn + stored)
                + " activity events")), result.notes().toString());

        // The challenger's engagement is the event model, learnt by the stated procedure (a half-life from the grid).
        assertTrue(root.path("events").isObject(), root.toString());
        DecayEngagement events = GradingJson.fromJson(root).events().orElseThrow();
        assertEquals(List.of("web_visit"), events.types());
        double halfLife = events.halfLifeDays()[0];
        assertTrue(Arrays.stream(DecayEngagementFitter.GRID).anyMatch(g -> g == halfLife), "half-life " + halfLife);
        assertTrue(events.weights()[0] > 0, "visits raise engagement: weight " + events.weights()[0]);

        // A lead that went quiet for two half-lives keeps a quarter of its visit's contribution.
        Instant visit = Instant.parse("2026-03-01T00:00:00Z");
        List<ActivityEvent> one = List.of(new ActivityEvent("web_visit", visit));
        SubScore fresh = events.score(one, visit);
        SubScore quiet = events.score(one, visit.plus(Duration.ofMinutes((long) (2 * halfLife * 1440))));
        double c = fresh.contributions().get(0).logOdds();
        assertEquals(events.weights()[0], c, 1e-12);
        assertEquals(c / 4, quiet.contributions().get(0).logOdds(), 1e-9);
        assertTrue(quiet.probability() < fresh.probability(), quiet.probability() + " vs " + fresh.probability());
    }

    private RetrainService service() {
        return new RetrainService(registry, store, RetrainPolicy.DEFAULT, folder.resolve("datasets").resolve("retrain"),
                Clock.fixed(RECEIVED.plusSeconds(3600), ZoneOffset.UTC));
    }

    @Test
    void whenTheChampionsEventsFileIsGoneTheRunIsRefusedNamingIt() throws IOException {
        Random random = new Random(4);
        champion(1200, random);
        feed(200, random);
        Path events = folder.resolve("base").resolve("events.csv");
        Files.delete(events);

        RetrainException e = assertThrows(RetrainException.class,
                () -> service().retrain("tester", ProgressListener.NONE));

        assertTrue(e.getMessage().startsWith("the events file champion v1 learnt its engagement from, " + events
                + ", does not exist"), e.getMessage());
        assertEquals(1, registry.versions().size(), "no challenger was published");
        Path snapshots = folder.resolve("datasets").resolve("retrain");
        try (var left = Files.list(snapshots)) {
            assertEquals(List.of(), left.toList(), "the stopped run's snapshot is deleted");
        }
    }

    @Test
    void aChampionWhoseGradingDoesNotNameItsEventsFileGetsAChallengerOnSnapshotCountsAndANote() throws IOException {
        Random random = new Random(5);
        ModelVersion champion = champion(1200, random);
        // As grading.json was written before it named its events file.
        ObjectNode old = (ObjectNode) grading(champion);
        ((ObjectNode) old.path("spec")).remove("events");
        Files.writeString(champion.file(GradingModel.FILE), old.toString());
        feed(600, random);

        RetrainResult result = service().retrain("tester", ProgressListener.NONE);

        assertTrue(result.notes().contains("champion v1's grading.json does not name the events file it learnt from;"
                + " the challenger's engagement is learnt from the snapshot counts"), result.notes().toString());
        ModelVersion challenger = registry.versions().stream().filter(v -> v.number() == result.challengerVersion())
                .findFirst().orElseThrow();
        assertTrue(grading(challenger).path("events").isMissingNode(), "no event model");
    }
}
