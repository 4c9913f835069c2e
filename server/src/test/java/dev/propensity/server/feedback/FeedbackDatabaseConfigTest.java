package dev.propensity.server.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackDatabaseConfigTest {

    @Test
    void theDefaultIsASqliteFile() {
        assertEquals("jdbc:sqlite:propensity.db", DatabaseConfig.defaults().url());
        assertEquals(Dialect.SQLITE, DatabaseConfig.defaults().dialect());
        assertEquals(Dialect.POSTGRESQL, DatabaseConfig.of("jdbc:postgresql://db/x").dialect());
    }

    @Test
    void thePasswordStaysOutOfToString() {
        String text = DatabaseConfig.of("jdbc:postgresql://db/x").withCredentials("app", "s3cret").toString();
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("app"), text);
    }

    @Test
    void otherDatabasesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.of("jdbc:mysql://db/x"));
        assertEquals("url: expected a jdbc:sqlite: or jdbc:postgresql: URL, got 'jdbc:mysql://db/x'", e.getMessage());
    }

    @Test
    void inMemorySqliteIsRefusedBecauseAPoolWouldSplitIt() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.of("jdbc:sqlite::memory:"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.of("jdbc:sqlite:"));
    }

    @Test
    void schemasAreForPostgresqlAndPlainIdentifiersOnly() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.defaults().withSchema("feedback"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.of("jdbc:postgresql://db/x").withSchema("x; DROP TABLE y"));
        assertTrue(e.getMessage().startsWith("schema: "), e.getMessage());
        assertEquals("feedback_1", DatabaseConfig.of("jdbc:postgresql://db/x").withSchema("feedback_1").schema().orElseThrow());
    }

    @Test
    void anUnreachableDatabaseFailsWithItsName(@TempDir Path folder) {
        DatabaseConfig config = DatabaseConfig.sqliteFile(folder.resolve("missing-folder").resolve("feedback.db"));
        FeedbackStoreException e = assertThrows(FeedbackStoreException.class, () -> Database.open(config));
        assertTrue(e.getMessage().contains("missing-folder"), e.getMessage());
    }
}
