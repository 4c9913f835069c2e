package dev.propensity.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCrossProcessTest {
    private static final int PROCESSES = 2;
    private static final int EACH = 4;

    @TempDir
    Path dir;

    @Test
    void processesPublishingAtOnceGetDistinctNumbers() throws Exception {
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            children.add(start());
        }
        List<Integer> all = new ArrayList<>();
        for (Process child : children) {
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child process did not finish");
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.exitValue(), out);
            // Standard error is merged in so that a failure shows why; the numbers are the lines of digits.
            out.lines().filter(line -> line.matches("\\d+")).map(Integer::parseInt).forEach(all::add);
        }
        assertEquals(PROCESSES * EACH, all.size(), all.toString());
        assertEquals(IntStream.rangeClosed(1, PROCESSES * EACH).boxed().collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(all));
        assertEquals(PROCESSES * EACH, ModelRegistry.at(dir).versions().size());
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                PublishFromAnotherProcess.class.getName(), dir.toString(), Integer.toString(EACH))
                .redirectErrorStream(true)
                .start();
    }
}
