package dev.propensity.persona;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The persona file the data team edits: {@code {"personas": [{"id": "P1", "name": "...", "description": "...",
 * "owner": "..."}]}}. It is read whole and checked whole before anything uses it, so a broken file changes
 * nothing; every error names the file, the line and the key.
 */
public final class PersonaFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("P[1-9][0-9]{0,2}");
    private static final Set<String> KEYS = Set.of("id", "name", "description", "owner");
    private static final int MAX_NAME = 60;

    private PersonaFile() {
    }

    /** The names by id, in file order. */
    public static Map<String, PersonaName> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new PersonaException("persona file " + file + " does not exist");
        } catch (IOException e) {
            throw new PersonaException("cannot read persona file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text, file.toString());
        } catch (JsonProcessingException e) {
            throw new PersonaException("persona file " + file + " line " + e.getLocation().getLineNr()
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PersonaException("cannot read persona file " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, PersonaName> parse(String text, String source) throws IOException {
        Map<String, PersonaName> names = new LinkedHashMap<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw error(source, parser, "must be a JSON object with a 'personas' list");
            }
            boolean seen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (!key.equals("personas")) {
                    throw error(source, parser, "unknown key '" + key + "'; the file has one key, 'personas'");
                }
                seen = true;
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw error(source, parser, "'personas' must be a list of {\"id\", \"name\", ...} objects");
                }
                int entry = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    entry++;
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = parser.readValueAsTree();
                    PersonaName name = entry(node, source + " line " + line + " (persona " + entry + ")");
                    if (names.putIfAbsent(name.id(), name) != null) {
                        throw new PersonaException(source + " line " + line + " (persona " + entry + "): id '"
                                + name.id() + "' is used twice");
                    }
                }
            }
            if (!seen) {
                throw new PersonaException(source + ": key 'personas' is missing");
            }
        }
        return names;
    }

    private static PersonaName entry(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new PersonaException(where + ": must be an object with 'id' and 'name'");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new PersonaException(where + ": unknown key '" + key + "'; allowed are id, name, description, owner");
            }
        }
        String id = text(node, "id", where, true);
        if (!ID.matcher(id).matches()) {
            throw new PersonaException(where + ": key 'id' must be P1, P2, ... as training numbers them, not '" + id + "'");
        }
        String name = text(node, "name", where, true);
        if (name.length() > MAX_NAME) {
            throw new PersonaException(where + ": key 'name' is " + name.length() + " characters; keep it to "
                    + MAX_NAME + " (the description is for more)");
        }
        String description = text(node, "description", where, false);
        String owner = text(node, "owner", where, false);
        return new PersonaName(id, name, description == null ? "" : description, Optional.ofNullable(owner));
    }

    private static String text(JsonNode node, String key, String where, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw new PersonaException(where + ": key '" + key + "' is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new PersonaException(where + ": key '" + key + "' must be text, not " + value);
        }
        if (required && value.asText().isBlank()) {
            throw new PersonaException(where + ": key '" + key + "' is empty");
        }
        return value.asText().strip();
    }

    private static PersonaException error(String source, JsonParser parser, String message) {
        return new PersonaException(source + " line " + parser.currentTokenLocation().getLineNr() + ": " + message);
    }
}
