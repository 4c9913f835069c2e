package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonaFileTest {
    @TempDir
    Path folder;

    @Test
    void aGoodFileGivesNamesByIdInFileOrder() throws IOException {
        Path file = write("{\"personas\": [\n {\"id\": \"P2\", \"name\": \"Early adopters\", \"owner\": \"Ana\"},\n"
                + " {\"id\": \"P1\", \"name\": \"Pragmatists\", \"description\": \"want proof\"}\n]}\n");
        Map<String, PersonaName> names = PersonaFile.read(file);
        assertEquals(java.util.List.of("P2", "P1"), java.util.List.copyOf(names.keySet()));
        assertEquals("Ana", names.get("P2").owner().orElseThrow());
        assertEquals("want proof", names.get("P1").description());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON|{\"personas\": [\\n {\"id\": \"P1\" \"name\": \"x\"}]}|line 2: not valid JSON",
        "no list|{\"persona\": []}|line 1: unknown key 'persona'",
        "list missing|{}|key 'personas' is missing",
        "entry not an object|{\"personas\": [\\n \"P1\"]}|line 2 (persona 1): must be an object",
        "id missing|{\"personas\": [\\n {\"name\": \"x\"}]}|line 2 (persona 1): key 'id' is missing",
        "bad id|{\"personas\": [\\n {\"id\": \"persona one\", \"name\": \"x\"}]}|line 2 (persona 1): key 'id' must be P1",
        "name missing|{\"personas\": [\\n {\"id\": \"P1\"}]}|line 2 (persona 1): key 'name' is missing",
        "name empty|{\"personas\": [\\n {\"id\": \"P1\", \"name\": \" \"}]}|line 2 (persona 1): key 'name' is empty",
        "owner not text|{\"personas\": [\\n {\"id\": \"P1\", \"name\": \"x\", \"owner\": 3}]}|line 2 (persona 1): key 'owner' must be text",
        "unknown key|{\"personas\": [\\n {\"id\": \"P1\", \"name\": \"x\", \"colour\": \"red\"}]}|line 2 (persona 1): unknown key 'colour'",
        "duplicate id|{\"personas\": [\\n {\"id\": \"P1\", \"name\": \"x\"},\\n {\"id\": \"P1\", \"name\": \"y\"}]}|line 3 (persona 2): id 'P1' is used twice",
    })
    void everyErrorNamesTheLineAndTheKey(String what, String text, String expected) throws IOException {
        Path file = write(text.replace("\\n", "\n"));
        PersonaException e = assertThrows(PersonaException.class, () -> PersonaFile.read(file));
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        PersonaException e = assertThrows(PersonaException.class, () -> PersonaFile.read(folder.resolve("none.json")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("personas.json");
        Files.writeString(file, text);
        return file;
    }
}
