package dev.propensity.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.propensity.server.config.KeySpec;
import dev.propensity.server.config.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoKeysTest {
    @TempDir
    Path folder;

    @Test
    void demoKeysAreRandomWrittenOwnerOnlyAndReusedNextTime() throws IOException {
        Path file = folder.resolve(".propensity").resolve("keys.json");
        List<KeySpec> made = DemoKeys.createOrReuse(file);
        assertEquals(EnumSet.allOf(Scope.class), made.get(1).scopes());
        assertNotEquals(made.get(0).secret(), made.get(1).secret());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        List<KeySpec> reused = DemoKeys.createOrReuse(file);
        assertEquals(made.get(0).secret(), reused.get(0).secret());
        assertEquals(made.get(0).scopes(), reused.get(0).scopes());
    }
}
