package dev.propensity.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigReaderTest {
    @TempDir
    Path folder;

    @Test
    void withNothingSetEveryKeyTakesItsDocumentedDefault() {
        ServerConfig config = new ServerConfigReader(Map.of(), Map.of()).read();
        assertEquals("127.0.0.1", config.host());
        assertEquals(7070, config.port());
        assertEquals(Path.of("models"), config.models());
        assertEquals("jdbc:sqlite:propensity.db", config.databaseUrl());
        assertEquals(new Limits(1000, 1 << 20), config.limits());
        assertEquals(0, config.limits().httpThreads(), "Javalin's default pool");
        assertEquals(Duration.ofSeconds(2), config.reloadInterval());
        assertTrue(config.keys().isEmpty());
        assertEquals(Path.of("datasets", "retrain").toAbsolutePath(), config.snapshots());
    }

    @Test
    void theSnapshotFolderComesFromItsVariableOrBesideTheRegistry() {
        assertEquals(Path.of("/srv/snapshots"),
                new ServerConfigReader(Map.of(), Map.of("PROPENSITY_SNAPSHOTS", "/srv/snapshots")).read().snapshots());
        assertEquals(Path.of("/srv/data/datasets/retrain"),
                new ServerConfigReader(Map.of(ConfigKey.MODELS, "/srv/data/models"), Map.of()).read().snapshots());
    }

    @Test
    void aFlagWinsOverItsVariable() {
        ServerConfig config = new ServerConfigReader(Map.of(ConfigKey.PORT, "8080"),
                Map.of("PROPENSITY_PORT", "9090", "PROPENSITY_MAX_BATCH", "50")).read();
        assertEquals(8080, config.port());
        assertEquals(50, config.limits().maxBatch());
    }

    @Test
    void aBadVariableIsReportedByItsName() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ServerConfigReader(Map.of(), Map.of("PROPENSITY_PORT", "http")).read());
        assertEquals("PROPENSITY_PORT: expected an integer from 0 to 65535, got 'http'", e.getMessage());
    }

    @Test
    void aBadFlagIsReportedByItsName() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ServerConfigReader(Map.of(ConfigKey.MAX_BATCH, "0"), Map.of()).read());
        assertTrue(e.getMessage().startsWith("--max-batch: "), e.getMessage());
    }

    @Test
    void aThreadPoolOfFewerThanFourIsRefusedByItsName() {
        assertEquals(4, new ServerConfigReader(Map.of(ConfigKey.HTTP_THREADS, "4"), Map.of()).read().limits().httpThreads());
        assertEquals(12, new ServerConfigReader(Map.of(), Map.of("PROPENSITY_HTTP_THREADS", "12")).read()
                .limits().httpThreads());
        ConfigException tooFew = assertThrows(ConfigException.class,
                () -> new ServerConfigReader(Map.of(), Map.of("PROPENSITY_HTTP_THREADS", "3")).read());
        assertEquals("PROPENSITY_HTTP_THREADS: expected 0 (Javalin's default pool) or from 4 to 1000 threads, got 3",
                tooFew.getMessage());
        ConfigException notANumber = assertThrows(ConfigException.class,
                () -> new ServerConfigReader(Map.of(ConfigKey.HTTP_THREADS, "many"), Map.of()).read());
        assertTrue(notANumber.getMessage().startsWith("--http-threads: "), notANumber.getMessage());
    }

    @Test
    void aShortApiKeyIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ServerConfigReader(Map.of(), Map.of("PROPENSITY_API_KEY", "secret")).read());
        assertTrue(e.getMessage().startsWith("PROPENSITY_API_KEY: "), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), "the message must not echo the key");
    }

    @Test
    void theApiKeyMayScoreAndPostFeedbackAndTheAdminKeyMayDoEverything() {
        ServerConfig config = new ServerConfigReader(Map.of(), Map.of(
                "PROPENSITY_API_KEY", "api-key-0123456789", "PROPENSITY_ADMIN_KEY", "admin-key-0123456789")).read();
        assertEquals(EnumSet.of(Scope.SCORE, Scope.FEEDBACK), config.keys().get(0).scopes());
        assertEquals(EnumSet.allOf(Scope.class), config.keys().get(1).scopes());
        assertTrue(!config.toString().contains("api-key-0123456789"), "secrets stay out of logs");
    }

    @Test
    void aKeysFileIsReadWithItsScopes() throws IOException {
        Path file = Files.writeString(folder.resolve("keys.json"),
                "[{\"key\": \"crm-key-0123456789\", \"scopes\": [\"feedback\"], \"name\": \"crm\"}]");
        ServerConfig config = new ServerConfigReader(Map.of(ConfigKey.KEYS_FILE, file.toString()), Map.of()).read();
        assertEquals("crm", config.keys().get(0).name());
        assertEquals(EnumSet.of(Scope.FEEDBACK), config.keys().get(0).scopes());
    }

    @Test
    void anUnknownScopeInTheKeysFileNamesTheEntry() throws IOException {
        Path file = Files.writeString(folder.resolve("keys.json"),
                "[{\"key\": \"crm-key-0123456789\", \"scopes\": [\"everything\"]}]");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ServerConfigReader(Map.of(), Map.of("PROPENSITY_KEYS_FILE", file.toString())).read());
        assertTrue(e.getMessage().contains("entry 0: unknown scope 'everything'"), e.getMessage());
    }

    @Test
    void configMdDocumentsEveryKeyWithItsDefault() throws IOException {
        String doc = Files.readString(Path.of("CONFIG.md"));
        for (ConfigKey key : ConfigKey.values()) {
            assertTrue(doc.contains("| `" + key.variable() + "` |"), key.variable() + " is missing from CONFIG.md");
            if (key.defaultValue() != null) {
                assertTrue(doc.contains("`" + key.defaultValue() + "`"), key + "'s default is missing from CONFIG.md");
            }
        }
    }
}
