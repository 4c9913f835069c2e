package dev.propensity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Data without a survey (like the real sets in ../shared/datasets): personas come from the firmographic fields, and
 * the survey-value table says plainly that it cannot be made instead of showing an empty one.
 */
class PersonasWithoutSurveyTest {
    private static final String NO_TABLE = "The survey-value table cannot be made: the schema has no survey fields";

    @TempDir
    Path folder;

    @Test
    void personasComeFromFirmographicsAndTheSurveyTableSaysItCannotBeMade() throws IOException {
        Path schema = TinyLeads.write(folder, 800, 5);
        String text = Files.readString(schema).strip();
        Files.writeString(schema, text.substring(0, text.length() - 1)
                + ", \"personas\": {\"fields\": [\"industry\", \"employees\"], \"k_min\": 2, \"k_max\": 3, \"min_stability\": 0}}");
        // Read through --data, as for an export kept outside the schema's folder.
        Path data = Files.copy(folder.resolve("leads.csv"), Files.createDirectories(folder.resolve("export")).resolve("crm.csv"));
        Path out = folder.resolve("found");
        StringWriter stdout = new StringWriter();
        CommandLine cli = PropensityCommand.commandLine();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(new StringWriter()));

        int exit = cli.execute("personas", "--schema", schema.toString(), "--data", data.toString(), "--out", out.toString(),
                "--models", folder.resolve("models").toString());

        assertEquals(0, exit, stdout.toString());
        assertTrue(stdout.toString().contains("survey value: " + NO_TABLE), stdout.toString());
        assertTrue(stdout.toString().contains("clustered on industry, employees (no survey answer among them"),
                stdout.toString());
        JsonNode book = new ObjectMapper().readTree(out.resolve("personas.json").toFile());
        List<String> fields = new ArrayList<>();
        for (JsonNode f : book.path("encoding").path("fields")) {
            fields.add(f.path("name").asText());
            assertFalse(f.path("survey").asBoolean(), f.toString());
        }
        assertEquals(List.of("industry", "employees"), fields);
        assertTrue(book.path("published").asBoolean(), book.path("refusal").asText());
        assertTrue(book.path("survey_value").path("note").asText().startsWith(NO_TABLE));
        assertFalse(book.path("survey_value").has("rows"), "no empty table beside the sentence");
        String page = Files.readString(out.resolve("personas.html"));
        assertTrue(page.contains(NO_TABLE), page);
        assertFalse(page.contains("<th>AUC</th>"), "the page shows no survey-value table");
    }

    @Test
    void trainPrintsThePersonasAndSaysTheSurveyTableCannotBeMade() throws IOException {
        Path schema = TinyLeads.write(folder, 800, 6);
        String text = Files.readString(schema).strip();
        Files.writeString(schema, text.substring(0, text.length() - 1)
                + ", \"personas\": {\"fields\": [\"industry\", \"employees\"], \"k_min\": 2, \"k_max\": 3, \"min_stability\": 0}}");
        StringWriter stdout = new StringWriter();
        CommandLine cli = PropensityCommand.commandLine();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(new StringWriter()));

        int exit = cli.execute("train", "--schema", schema.toString(), "--no-promote", "--models",
                folder.resolve("models").toString());

        assertEquals(0, exit, stdout.toString());
        assertTrue(stdout.toString().contains("personas: k = "), stdout.toString());
        assertTrue(stdout.toString().contains("survey value: " + NO_TABLE), stdout.toString());
    }
}
