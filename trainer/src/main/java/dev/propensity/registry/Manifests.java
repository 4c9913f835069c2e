package dev.propensity.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The registry's part of a manifest: the fields it writes itself around the caller's body, and the
 * checksums that let {@link ModelLoader} tell a damaged model file from a sound one.
 */
final class Manifests {
    static final String VERSION = "version";
    static final String CREATED_AT = "created_at";
    static final String PARENT_VERSION = "parent_version";
    static final String FILES = "files";
    /** Fields the registry owns; a caller setting one would be overruled, so it is told instead. */
    static final List<String> REGISTRY_FIELDS = List.of(VERSION, CREATED_AT, PARENT_VERSION, FILES);

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Manifests() {
    }

    /**
     * The manifest of a new version: the registry's fields first, so they are what a reader sees on top,
     * then the caller's fields unchanged.
     *
     * @param files every file of the version other than the manifest, by name
     */
    static ObjectNode compose(int number, Instant createdAt, OptionalInt parent, ObjectNode body,
                              Map<String, byte[]> files) {
        ObjectNode manifest = MAPPER.createObjectNode();
        manifest.put(VERSION, number);
        manifest.put(CREATED_AT, createdAt.toString());
        if (parent.isPresent()) {
            manifest.put(PARENT_VERSION, parent.getAsInt());
        } else {
            manifest.putNull(PARENT_VERSION);
        }
        ObjectNode checksums = manifest.putObject(FILES);
        files.keySet().stream().sorted().forEach(name -> {
            ObjectNode entry = checksums.putObject(name);
            entry.put("bytes", files.get(name).length);
            entry.put("sha256", sha256(files.get(name)));
        });
        if (body != null) {
            for (String field : REGISTRY_FIELDS) {
                if (body.has(field)) {
                    throw new RegistryException(RegistryException.Kind.INVALID_REQUEST, "manifest field '" + field
                            + "' is written by the registry; leave it out of the manifest body");
                }
            }
            body.fields().forEachRemaining(e -> manifest.set(e.getKey(), e.getValue().deepCopy()));
        }
        return manifest;
    }

    /** The SHA-256 recorded for a file of a version, if the manifest has one. */
    static String recordedSha256(ObjectNode manifest, String file) {
        JsonNode value = manifest.path(FILES).path(file).path("sha256");
        return value.isTextual() ? value.asText() : null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
