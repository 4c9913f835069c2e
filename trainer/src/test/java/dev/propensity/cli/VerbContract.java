package dev.propensity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Assertions every command line of the project must pass, the trainer's and the launcher's alike. */
public final class VerbContract {
    private VerbContract() {
    }

    /** What a command printed and returned. */
    public record Run(int exit, String out, String err) {
        /** The error output is one line that starts with the verb's name, with no stack trace or class name. */
        public void saidOneLine(String verb) {
            assertEquals(1, err.strip().lines().count(), err);
            assertTrue(err.startsWith(verb + ": "), err);
            assertTrue(!err.contains("\tat ") && !err.contains("Exception"), err);
        }
    }

    /** Runs a command line, capturing what it prints. */
    public static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Every verb answers an option it does not know with one line and exit 2. */
    public static void everyVerbRefusesAnUnknownOption(Supplier<CommandLine> commandLine) {
        for (String verb : commandLine.get().getSubcommands().keySet()) {
            Run run = run(commandLine.get(), verb, "--no-such-option");
            assertEquals(ExitCodes.BAD_INPUT, run.exit(), verb);
            run.saidOneLine(verb);
        }
    }

    /** Every verb with a {@code --models} option defaults it to {@code $PROPENSITY_MODELS}, then {@code models}. */
    public static void everyRegistryOptionReadsTheVariable(CommandLine commandLine) {
        // Uninterpolated, so the test sees the variable whatever this machine's environment holds.
        for (CommandLine verb : commandLine.setInterpolateVariables(false).getSubcommands().values()) {
            var option = verb.getCommandSpec().findOption("--models");
            if (option != null && !verb.getCommandName().equals("serve") && !verb.getCommandName().equals("demo")) {
                assertEquals("${env:PROPENSITY_MODELS:-models}", option.defaultValue(), verb.getCommandName());
            }
        }
    }
}
