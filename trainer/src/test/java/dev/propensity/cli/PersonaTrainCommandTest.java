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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code train} with a personas block: the persona file is checked before anything is written. */
class PersonaTrainCommandTest {
    @TempDir
    Path folder;

    private Path schemaWithPersonas() throws IOException {
        Path schema = TinyLeads.write(folder, 800, 3);
        String text = Files.readString(schema).strip();
        text = text.substring(0, text.length() - 1) + ", \"personas\": {\"fields\": [\"industry\", \"employees\", \"noise\"],"
                + " \"k_min\": 2, \"k_max\": 3, \"names\": \"names.json\", \"min_stability\": 0}}";
        Files.writeString(schema, text);
        return schema;
    }

    private int train(Path schema, StringWriter err) {
        CommandLine cli = PropensityCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute("train", "--schema", schema.toString(), "--models", folder.resolve("models").toString());
    }

    @Test
    void aBrokenPersonaFileStopsTrainingWithItsLineAndPublishesNothing() throws IOException {
        Path schema = schemaWithPersonas();
        Files.writeString(folder.resolve("names.json"), "{\"personas\": [\n  {\"id\": \"P1\", \"nme\": \"typo\"}\n]}\n");
        StringWriter err = new StringWriter();
        assertEquals(2, train(schema, err));
        assertTrue(err.toString().contains("line 2 (persona 1): unknown key 'nme'"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertFalse(Files.exists(folder.resolve("models").resolve("v1")), "a version was published");
    }

    @Test
    void aGoodPersonaFileNamesThePersonasOfTheNewVersion() throws IOException {
        Path schema = schemaWithPersonas();
        Files.writeString(folder.resolve("names.json"), "{\"personas\": [{\"id\": \"P1\", \"name\": \"Big software\"}]}");
        StringWriter err = new StringWriter();
        assertEquals(0, train(schema, err), err.toString());
        JsonNode book = new ObjectMapper().readTree(folder.resolve("models").resolve("v1").resolve("personas.json").toFile());
        assertTrue(book.path("published").asBoolean(), book.path("refusal").asText());
        boolean named = false;
        for (JsonNode p : book.path("personas")) {
            named |= p.path("id").asText().equals("P1") && p.path("name").asText().equals("Big software");
        }
        assertTrue(named, book.path("personas").toString());
        assertTrue(Files.exists(folder.resolve("models").resolve("v1").resolve("personas.html")));
    }

    @Test
    void aChampionsUnreadablePersonasAreNamedInAWarningAndTrainingGoesOn() throws IOException {
        Path schema = schemaWithPersonas();
        Files.writeString(folder.resolve("names.json"), "{\"personas\": [{\"id\": \"P1\", \"name\": \"Big software\"}]}");
        assertEquals(0, train(schema, new StringWriter()));
        Path book = folder.resolve("models").resolve("v1").resolve("personas.json");
        book.toFile().setWritable(true);
        Files.writeString(book, "{ not json");
        StringWriter err = new StringWriter();
        assertEquals(0, train(schema, err), err.toString());
        assertTrue(err.toString().contains("warning: cannot read " + book + " of champion v1 ("), err.toString());
        assertTrue(err.toString().contains("its persona ids are not carried over; the new personas are numbered afresh"),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertTrue(Files.exists(folder.resolve("models").resolve("v2").resolve("personas.json")));
    }
}
