package dev.propensity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.propensity.data.LeadTableLoader;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress shows only to a person at a terminal, and long loops report it. */
class ConsoleProgressTest {
    @TempDir
    Path dir;

    @Test
    void withoutATerminalNothingIsDrawn() {
        try (ConsoleProgress bar = ConsoleProgress.start("quiet", 10, false)) {
            bar.accept(5);
            assertFalse(bar.visible());
        }
        // Test runs have no console: the verbs stay quiet in pipes and CI logs.
        assertEquals(System.console() != null, ConsoleProgress.start("auto", 10).visible());
    }

    @Test
    void loadingTellsItsProgressEvery16384Rows() throws IOException {
        Path schema = TinyLeads.write(dir, 40_000, 2);
        List<Long> told = new ArrayList<>();
        new LeadTableLoader(SchemaReader.read(schema)).withProgress(told::add).load();
        assertEquals(List.of(16_384L, 32_768L), told);
    }
}
