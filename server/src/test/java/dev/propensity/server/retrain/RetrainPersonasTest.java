package dev.propensity.server.retrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.features.LeadValues;
import dev.propensity.persona.PersonaBook;
import dev.propensity.persona.PersonaBookJson;
import dev.propensity.persona.PersonaInput;
import dev.propensity.persona.PersonaName;
import dev.propensity.persona.PersonaPage;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.feedback.Database;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.OutcomeRequest;
import dev.propensity.server.feedback.ScoreRecord;
import dev.propensity.server.feedback.TestDatabase;
import dev.propensity.server.retrain.PersonaChampions.FreshLead;
import dev.propensity.server.scoring.LoadedModel;
import dev.propensity.server.scoring.ModelVersionLoader;
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
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retraining a champion with personas (issue 9) on a SQLite store: the challenger publishes the champion's persona
 * book unchanged and, when the champion's model takes the persona input, takes it too, every training row's persona
 * derived as the server derives it when it scores.
 */
class RetrainPersonasTest {
    private static final Instant RECEIVED = Instant.parse("2026-01-05T12:00:00Z");
    private static final Instant SCORED_AT = Instant.parse("2025-01-01T09:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    private TestDatabase testDatabase;
    private Database database;
    private JdbcFeedbackStore store;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.sqlite(folder);
        database = Database.open(testDatabase.config());
        store = new JdbcFeedbackStore(database, Clock.fixed(RECEIVED, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        try {
            database.close();
        } finally {
            testDatabase.close();
        }
    }

    @Test
    void aChampionWhoseModelTakesThePersonaGetsAChallengerWithItsBookThatDerivesThePersonaAsTheServerDoes()
            throws IOException {
        ModelRegistry registry = ModelRegistry.at(PersonaChampions.copyInto(folder.resolve("models"), true));
        ModelVersion champion = registry.champion().orElseThrow();
        List<FreshLead> fed = feed(PersonaChampions.fresh(folder.resolve("fresh"), 1200, 6));

        RetrainResult result = service(registry).retrain("tester", ProgressListener.NONE);

        ModelVersion challenger = registry.version(result.challengerVersion());
        assertSameBook(champion, challenger);
        Schema schema = manifestSchema(challenger);
        assertTrue(PersonaInput.takes(schema), "the challenger's model takes the persona, as the champion's did");
        JsonNode carried = json(challenger.file(PersonaBook.FILE));
        assertEquals(1, carried.path("carried_over").path("from_version").asInt(), carried.path("carried_over").toString());
        assertTrue(carried.path("carried_over").path("persona_input").asBoolean());
        assertTrue(carried.path("persona_input").path("retrain").asText().contains("because v1's model did"));
        assertTrue(Files.readString(challenger.file(PersonaPage.FILE)).contains("carried over from champion v1"));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("personas carried over from champion v1")
                && n.contains("the challenger takes the persona input")), result.notes().toString());

        // Every fed-back row learnt the persona the server gives the lead's logged input, champion and challenger alike.
        PersonaBook book = book(challenger);
        Schema data = PersonaInput.without(schema);
        LeadTable snapshot = new LeadTableLoader(data).load(result.snapshot(), Optional.empty());
        Column trained = PersonaInput.withColumn(snapshot, book).column(PersonaInput.FIELD);
        ModelVersionLoader loader = new ModelVersionLoader(registry);
        LoadedModel served = loader.load(challenger.number());
        LoadedModel before = loader.load(champion.number());
        assertTrue(served.scorer().pipeline().specs().stream().anyMatch(f -> f.name().equals(PersonaInput.FIELD)));
        Map<String, FreshLead> byId = new HashMap<>();
        fed.forEach(l -> byId.put(l.id(), l));
        int compared = 0;
        int known = 0;
        for (int r = 0; r < snapshot.size(); r++) {
            FreshLead lead = byId.get(snapshot.ids()[r]);
            if (lead == null) {
                continue;
            }
            LeadValues request = request(lead);
            String atScoring = PersonaInput.id(book, served.personas().orElseThrow().assign(request));
            assertEquals(atScoring, trained.raw(r), "lead " + lead.id());
            assertEquals(PersonaInput.id(book(champion), before.personas().orElseThrow().assign(request)), atScoring,
                    "lead " + lead.id());
            compared++;
            known += atScoring == null ? 0 : 1;
        }
        assertEquals(fed.size(), compared);
        assertTrue(known > compared / 4, known + " of " + compared + " fed-back leads have a known persona");
    }

    @Test
    void aRetrainedChampionHandsTheBookOnAgainNamingTheVersionThatDiscoveredIt() throws IOException {
        ModelRegistry registry = ModelRegistry.at(PersonaChampions.copyInto(folder.resolve("models"), true));
        ModelVersion discoverer = registry.champion().orElseThrow();
        feed(PersonaChampions.fresh(folder.resolve("fresh"), 600, 10));
        RetrainResult first = service(registry).retrain("tester", ProgressListener.NONE);
        if (!first.promoted()) {
            registry.promote(first.challengerVersion(), "tester", "retrain the retrained", first.metricsJson());
        }
        // The second champion learnt from a snapshot: its history is the snapshot's base rows, without a persona column.
        feed(PersonaChampions.fresh(folder.resolve("more"), 400, 11).stream()
                .map(l -> new FreshLead("G" + l.id(), l.input().deepCopy().put("lead_id", "G" + l.id()), l.won(), l.closed()))
                .toList());

        RetrainResult second = service(registry).retrain("tester", ProgressListener.NONE);

        assertEquals(first.challengerVersion(), second.championVersion());
        ModelVersion third = registry.version(second.challengerVersion());
        assertSameBook(discoverer, third);
        assertTrue(PersonaInput.takes(manifestSchema(third)));
        JsonNode carried = json(third.file(PersonaBook.FILE)).path("carried_over");
        assertEquals(first.challengerVersion(), carried.path("from_version").asInt(), carried.toString());
        assertEquals(discoverer.number(), carried.path("discovered_in").asInt(), carried.toString());
        assertTrue(carried.path("reason").asText().contains("as v1 published them"), carried.toString());
    }

    @Test
    void aChampionWithPersonasButWithoutThePersonaInputGetsAChallengerWithItsBookAndStillNoInput() throws IOException {
        ModelRegistry registry = ModelRegistry.at(PersonaChampions.copyInto(folder.resolve("models"), false));
        ModelVersion champion = registry.champion().orElseThrow();
        feed(PersonaChampions.fresh(folder.resolve("fresh"), 800, 7));

        RetrainResult result = service(registry).retrain("tester", ProgressListener.NONE);

        ModelVersion challenger = registry.version(result.challengerVersion());
        assertSameBook(champion, challenger);
        assertFalse(PersonaInput.takes(manifestSchema(challenger)));
        assertFalse(json(challenger.file(PersonaBook.FILE)).path("carried_over").path("persona_input").asBoolean());
        assertTrue(new ModelVersionLoader(registry).load(challenger.number()).personas().isPresent());
    }

    @Test
    void aChampionsUnreadablePersonaBookStopsTheRunNamingTheFileBeforeAnythingIsWritten() throws IOException {
        ModelRegistry registry = ModelRegistry.at(PersonaChampions.copyInto(folder.resolve("models"), true));
        Path book = registry.champion().orElseThrow().file(PersonaBook.FILE);
        Files.writeString(book, "{\"published\": true, \"encoding\": ");
        feed(PersonaChampions.fresh(folder.resolve("fresh"), 400, 8));

        RetrainException e = assertThrows(RetrainException.class,
                () -> service(registry).retrain("tester", ProgressListener.NONE));

        assertTrue(e.getMessage().startsWith("cannot read " + book + " of champion v1: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("its personas could not be carried over, so nothing was published"),
                e.getMessage());
        assertEquals(1, registry.versions().size(), "no challenger was published");
        assertTrue(Files.notExists(folder.resolve("datasets").resolve("retrain")), "no snapshot was written");
    }

    /** Logs each lead's score with its input as sent, then posts its outcome, as the server and the CRM would. */
    private List<FreshLead> feed(List<FreshLead> leads) {
        List<ScoreRecord> scores = new ArrayList<>();
        List<OutcomeRequest> outcomes = new ArrayList<>();
        for (FreshLead lead : leads) {
            scores.add(new ScoreRecord(lead.id(), 1, 0.5, 50, lead.input().toString(), SCORED_AT, "req-" + lead.id()));
            outcomes.add(new OutcomeRequest(lead.id(), lead.won() ? "won" : "lost", null, lead.closed(),
                    "key-" + lead.id()));
        }
        store.logScores(scores);
        for (int i = 0; i < outcomes.size(); i += 1000) {
            store.recordOutcomes(outcomes.subList(i, Math.min(outcomes.size(), i + 1000)));
        }
        return leads;
    }

    private RetrainService service(ModelRegistry registry) {
        // Margins wide open: what is tested is what the challenger publishes, not whether it wins.
        return new RetrainService(registry, store, RetrainPolicy.DEFAULT.withMargins(1, 1),
                folder.resolve("datasets").resolve("retrain"), Clock.fixed(RECEIVED.plusSeconds(3600), ZoneOffset.UTC));
    }

    /** The lead's fields as the server reads them from the request body. */
    private static LeadValues request(FreshLead lead) {
        return field -> {
            JsonNode value = lead.input().get(field);
            return value == null || value.isNull() ? null : value.asText();
        };
    }

    private static void assertSameBook(ModelVersion champion, ModelVersion challenger) throws IOException {
        assertTrue(Files.isRegularFile(challenger.file(PersonaBook.FILE)), "the challenger publishes personas.json");
        assertTrue(Files.isRegularFile(challenger.file(PersonaPage.FILE)), "the challenger publishes personas.html");
        PersonaBook before = book(champion);
        PersonaBook after = book(challenger);
        assertTrue(after.published());
        assertEquals(before.personas(), after.personas(), "ids, names, descriptions and owners carry over");
        for (String id : List.of("P1", "P2", "P3")) {
            PersonaName named = PersonaChampions.NAMES.get(id);
            assertTrue(after.personas().contains(named), "the data team's name of " + id);
        }
        assertEquals(before.centroids().length, after.centroids().length);
        for (int p = 0; p < before.centroids().length; p++) {
            assertArrayEquals(before.centroids()[p], after.centroids()[p], 0);
        }
        assertEquals(before.reps(), after.reps());
        assertEquals(before.products(), after.products());
    }

    private static PersonaBook book(ModelVersion version) throws IOException {
        return PersonaBookJson.read(json(version.file(PersonaBook.FILE)), CsvFormat.DEFAULT);
    }

    private static Schema manifestSchema(ModelVersion version) {
        return SchemaReader.parse(version.manifest().get("schema"), null, "manifest");
    }

    private static JsonNode json(Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }
}
