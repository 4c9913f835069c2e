package dev.propensity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new GenerateCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void writesTheFilesAndSaysWhatItDid() {
        Path target = folder.resolve("set");
        assertEquals(0, run("--leads", "300", "--seed", "3", "--out", target.toString()));
        for (String file : new String[] {"opportunities.csv", "opportunities.parquet", "surveys.csv", "surveys.parquet",
                "ground_truth.csv"}) {
            assertTrue(Files.isRegularFile(target.resolve(file)), file);
        }
        assertTrue(out.toString().startsWith("Wrote 300 leads"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aNegativeNumberOfLeadsIsAUsageError() {
        assertEquals(2, run("--leads", "-5", "--out", folder.resolve("never").toString()));
        assertTrue(err.toString().contains("--leads") && err.toString().contains("-5"), err.toString());
        assertFalse(Files.exists(folder.resolve("never")), "nothing may be written after a usage error");
    }

    @Test
    void aNumberThatIsNotANumberIsAUsageError() {
        assertEquals(2, run("--leads", "many"));
        assertTrue(err.toString().contains("many"), err.toString());
    }

    @Test
    void anUnwritableFolderFailsWithTheFolderNamed() throws IOException {
        Path file = Files.writeString(folder.resolve("occupied"), "a file, not a folder");
        assertEquals(1, run("--leads", "10", "--out", file.toString()));
        assertTrue(err.toString().contains("occupied"), err.toString());
    }

    @Test
    void theDefaultsAreDocumentedInTheHelp() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        assertTrue(help.contains("5000") && help.contains("42") && help.contains("datasets/generated"), help);
    }
}
