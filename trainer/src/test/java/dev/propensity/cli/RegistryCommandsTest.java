package dev.propensity.cli;

import static dev.propensity.registry.RegistryFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.RegistryFixtures;
import dev.propensity.registry.TestClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The registry's command-line verbs: models, promote and rollback. */
class RegistryCommandsTest {
    @TempDir
    Path dir;
    private Path models;
    private ModelRegistry registry;

    /** What a command printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void twoVersions() {
        models = dir.resolve("models");
        registry = new ModelRegistry(models, new TestClock());
        publish(registry, 0.8123);
        ObjectNode bare = new ObjectMapper().createObjectNode().put("note", "no metrics");
        registry.publish(RegistryFixtures.model(), bare, Map.of());
    }

    private Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CliErrors.install(new CommandLine(command)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void modelsShowsATableWhenNoVersionIsTheChampion() {
        Run run = run(new ModelsCommand(), "--models", models.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[1].matches("v1\\s+2025-03-01 09:00\\s+1200\\s+300/900\\s+0\\.8123\\s+0\\.4500"), lines[1]);
        assertTrue(lines[2].matches("v2\\s+2025-03-01 09:01\\s+-\\s+-\\s+-\\s+-"), lines[2]);
    }

    @Test
    void modelsShowsATableWithFiguresFromTheManifestAndMarksTheChampion() {
        registry.promote(1, "ana", null, null);
        Run run = run(new ModelsCommand(), "--models", models.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].contains("VERSION") && lines[0].contains("LOG LOSS"), lines[0]);
        // The fixture's manifest has no intervals: the AUC 95% CI column shows "-".
        assertTrue(lines[1].matches("\\*\\s+v1\\s+2025-03-01 09:00\\s+1200\\s+300/900\\s+0\\.8123\\s+-\\s+0\\.4500"),
                lines[1]);
        assertTrue(lines[2].matches("\\s+v2\\s+2025-03-01 09:01\\s+-\\s+-\\s+-\\s+-\\s+-"), lines[2]);
        assertEquals("* champion", lines[3]);
    }

    @Test
    void modelsJsonIsForPrograms() throws Exception {
        registry.promote(2, "ana", null, null);
        Run run = run(new ModelsCommand(), "--models", models.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2, json.get("champion").asInt());
        assertEquals(2, json.get("versions").size());
        JsonNode v1 = json.get("versions").get(0);
        assertEquals("v1", v1.get("label").asText());
        assertEquals(0.8123, v1.get("roc_auc").asDouble());
        assertEquals(1200, v1.get("rows").asInt());
        assertEquals(false, v1.get("champion").asBoolean());
        assertTrue(json.get("versions").get(1).get("log_loss").isNull());
    }

    @Test
    void modelsOnAnEmptyRegistrySaysSo() {
        Run run = run(new ModelsCommand(), "--models", dir.resolve("none").toString());
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("no model versions in "), run.out());
    }

    @Test
    void promoteAcceptsVAndPlainNumbersAndRecordsTheReason() {
        Run first = run(new PromoteCommand(), "--models", models.toString(), "v1", "--why", "first one");
        assertEquals(0, first.exit(), first.err());
        assertEquals("v1 is now the champion in " + models + " (first champion)", first.out().strip());
        Run second = run(new PromoteCommand(), "--models", models.toString(), "2");
        assertEquals("v2 is now the champion in " + models + " (was v1)", second.out().strip());
        assertEquals("first one", registry.history().get(0).why());
        assertEquals(2, registry.champion().orElseThrow().number());
    }

    @Test
    void promotingAnUnknownOrMalformedVersionIsOneLineOnStandardErrorAndExitCodeTwo() {
        Run unknown = run(new PromoteCommand(), "--models", models.toString(), "v7");
        assertEquals(2, unknown.exit());
        assertEquals("", unknown.out());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertTrue(unknown.err().startsWith("promote: no model version v7 in "), unknown.err());

        Run malformed = run(new PromoteCommand(), "--models", models.toString(), "latest");
        assertEquals(2, malformed.exit());
        assertEquals("promote: 'latest' is not a model version: write it as 3 or v3", malformed.err().strip());
    }

    @Test
    void rollbackGoesBackAndSaysWhenThereIsNothingToGoBackTo() {
        registry.promote(1, "ana", null, null);
        registry.promote(2, "ana", null, null);
        Run back = run(new RollbackCommand(), "--models", models.toString(), "--why", "v2 misbehaves");
        assertEquals(0, back.exit(), back.err());
        assertEquals("rolled back: v1 is the champion in " + models + " again (was v2)", back.out().strip());
        assertEquals("v2 misbehaves", registry.history().get(2).why());

        Run none = run(new RollbackCommand(), "--models", models.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("rollback: nothing to roll back to: v1 is the first champion"), none.err());
    }

    @Test
    void aDamagedRegistryIsExitCodeOneNotTwo() throws Exception {
        Files.writeString(models.resolve("champion"), "garbage");
        Run run = run(new ModelsCommand(), "--models", models.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("models: the champion alias "), run.err());
    }
}
