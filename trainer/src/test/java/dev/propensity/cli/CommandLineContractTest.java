package dev.propensity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.RegistryFixtures;
import dev.propensity.cli.VerbContract.Run;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every verb promises on the command line: one line on standard error for any mistake, exit 2 for bad input,
 * 1 for a failure, 3 for a refused promotion, and the registry of {@code $PROPENSITY_MODELS}.
 */
class CommandLineContractTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return VerbContract.run(PropensityCommand.commandLine(), args);
    }

    @Test
    void everyVerbAnswersAnUnknownOptionWithOneLineAndExitTwo() {
        VerbContract.everyVerbRefusesAnUnknownOption(PropensityCommand::commandLine);
    }

    @Test
    void everyVerbWithARegistryReadsPropensityModels() {
        VerbContract.everyRegistryOptionReadsTheVariable(PropensityCommand.commandLine());
    }

    @Test
    void theModelsVerbListsTheRegistryThatPropensityModelsNames() throws Exception {
        Path models = dir.resolve("elsewhere");
        RegistryFixtures.publish(ModelRegistry.at(models), 0.75);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                PropensityCommand.class.getName(), "models", "--json").directory(dir.toFile());
        builder.environment().put("PROPENSITY_MODELS", models.toString());
        Process process = builder.redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), printed);
        JsonNode json = new ObjectMapper().readTree(printed);
        assertEquals(models.toString(), json.path("models").asText());
        assertEquals(1, json.path("versions").size());
    }

    @Test
    void trainExitsThreeWhenTheGuardsRefuseThePromotion() throws IOException {
        Path schema = TinyLeads.write(dir, 300, 3);
        Path models = dir.resolve("models");

        Run run = run("train", "--schema", schema.toString(), "--models", models.toString(), "--min-wins", "100000");

        assertEquals(ExitCodes.NOT_PROMOTED, run.exit(), run.err());
        assertTrue(run.out().contains("not promoted: the champion is unchanged"), run.out());
        assertTrue(ModelRegistry.at(models).champion().isEmpty());
        assertEquals(ExitCodes.OK, run("train", "--schema", schema.toString(), "--models", models.toString()).exit());
    }

    @Test
    void aSchemaFileThatDoesNotExistIsOneLineAndExitTwo() {
        for (String verb : List.of("train", "evaluate")) {
            Run run = run(verb, "--schema", dir.resolve("nowhere.json").toString());
            assertEquals(ExitCodes.BAD_INPUT, run.exit(), verb + ": " + run.err());
            run.saidOneLine(verb);
            assertTrue(run.err().contains("nowhere.json"), run.err());
        }
    }

    @Test
    void evaluateWritesPredictionsIntoAFolderThatDoesNotExistYet() throws IOException {
        Path schema = TinyLeads.write(dir, 300, 4);
        Path predictions = dir.resolve("new").resolve("folder").resolve("p.csv");

        Run run = run("evaluate", "--schema", schema.toString(), "--predictions-out", predictions.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals(301, Files.readAllLines(predictions).size());
    }

    @Test
    void evaluateCannotWriteUnderAFileAndSaysSoInOneLine() throws IOException {
        Path schema = TinyLeads.write(dir, 300, 4);
        Path predictions = dir.resolve("leads.csv").resolve("p.csv");

        Run run = run("evaluate", "--schema", schema.toString(), "--predictions-out", predictions.toString());

        assertEquals(ExitCodes.FAILED, run.exit());
        run.saidOneLine("evaluate");
        assertTrue(run.err().contains("leads.csv"), run.err());
    }

    @Test
    void evaluateRefusesASplitItDoesNotKnow() throws IOException {
        Path schema = TinyLeads.write(dir, 300, 4);

        Run run = run("evaluate", "--schema", schema.toString(), "--split", "foo");

        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        run.saidOneLine("evaluate");
        assertTrue(run.err().contains("--split") && run.err().contains("'foo'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void evaluateReadsAnotherDataFileAndNamesColumnsTheSchemaIgnores() throws IOException {
        Path schema = TinyLeads.write(dir, 300, 4);
        Path other = dir.resolve("other.csv");
        List<String> lines = Files.readAllLines(dir.resolve("leads.csv"));
        StringBuilder csv = new StringBuilder(lines.get(0)).append(",region\n");
        lines.stream().skip(1).limit(250).forEach(l -> csv.append(l).append(",north\n"));
        Files.writeString(other, csv);

        for (List<String> args : List.of(List.of("evaluate"), List.of("train", "--models", dir.resolve("m").toString()))) {
            String verb = args.get(0);
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--schema", schema.toString(), "--data", other.toString()));
            Run run = run(all.toArray(String[]::new));
            assertTrue(run.exit() == 0 || run.exit() == ExitCodes.NOT_PROMOTED, run.err());
            assertTrue(run.err().contains("note: columns neither used nor excluded by the schema, ignored: [region]"),
                    verb + ": " + run.err());
            assertTrue(run.out().contains("250"), run.out());
        }
    }
}
