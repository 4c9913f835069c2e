package dev.propensity.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a keys file: {@code [{"key": "...", "scopes": ["score", "feedback"], "name": "crm"}]}. Every error
 * names the file and the entry.
 */
public final class KeysFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KeysFile() {
    }

    /**
     * @param source the flag or variable that named the file, for messages
     */
    public static List<KeySpec> read(Path file, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException(source + ": cannot read keys file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new ConfigException(source + ": keys file " + file + " must hold a JSON array of {key, scopes, name}");
        }
        List<KeySpec> keys = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            keys.add(entry(root.get(i), file + " entry " + i));
        }
        return keys;
    }

    private static KeySpec entry(JsonNode node, String where) {
        String key = node.path("key").asText("");
        if (!node.path("key").isTextual() || key.strip().length() < KeySpec.MIN_SECRET_LENGTH) {
            throw new ConfigException(where + ": 'key' must be a string of at least " + KeySpec.MIN_SECRET_LENGTH + " characters");
        }
        if (!node.path("scopes").isArray() || node.path("scopes").isEmpty()) {
            throw new ConfigException(where + ": 'scopes' must be a non-empty array of score, feedback, admin");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (JsonNode scope : node.path("scopes")) {
            scopes.add(Scope.fromWireName(scope.asText()).orElseThrow(() -> new ConfigException(
                    where + ": unknown scope '" + scope.asText() + "', expected score, feedback or admin")));
        }
        return new KeySpec(node.path("name").asText("key-" + where.substring(where.lastIndexOf(' ') + 1)), key.strip(), scopes);
    }
}
