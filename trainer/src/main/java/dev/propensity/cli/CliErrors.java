package dev.propensity.cli;

import dev.propensity.data.DataException;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.persona.PersonaException;
import dev.propensity.registry.RegistryException;
import dev.propensity.schema.SchemaException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where every verb's failure becomes one line on standard error and an exit code
 * ({@link ExitCodes}): a wrong option or value, a bad schema, data or version is {@code 2}; a failure of the work
 * itself is {@code 1}. Verbs throw; they do not print their own errors. A stack trace is never shown: the line
 * names what is wrong instead.
 */
public final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final List<Class<? extends Exception>> badInput;

    private CliErrors(List<Class<? extends Exception>> badInput) {
        this.badInput = List.copyOf(badInput);
    }

    /**
     * Installs the handlers on a command line and returns it.
     *
     * @param moreBadInput exception types of other modules (the server's) that mean the caller's input was wrong
     */
    @SafeVarargs
    public static CommandLine install(CommandLine commandLine, Class<? extends Exception>... moreBadInput) {
        List<Class<? extends Exception>> types = new ArrayList<>(List.of(SchemaException.class, DataException.class,
                InvalidFieldException.class, PersonaException.class, IllegalArgumentException.class));
        types.addAll(List.of(moreBadInput));
        CliErrors errors = new CliErrors(types);
        return commandLine.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        print(cli, e.getMessage() + " (see '" + cli.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof RegistryException registry) {
            print(cli, registry.getMessage());
            return registry.isCallerError() ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
        }
        if (badInput.stream().anyMatch(type -> type.isInstance(e))) {
            print(cli, e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        IOException io = e instanceof IOException direct ? direct
                : e instanceof UncheckedIOException unchecked ? unchecked.getCause() : null;
        if (io != null) {
            // A wrapper made with its own sentence keeps it; one made from the cause alone reads "java.nio...: path".
            boolean ownWords = e instanceof UncheckedIOException && !String.valueOf(io).equals(e.getMessage());
            print(cli, ownWords ? e.getMessage() : describe(io));
            return ExitCodes.FAILED;
        }
        // Not a case anyone foresaw: still one line, with what there is to say.
        print(cli, "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        return ExitCodes.FAILED;
    }

    /** An I/O failure in words: Java's file exceptions carry the path as their whole message. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof NotDirectoryException f) {
            return "not a folder: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            return "cannot use " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        return "input/output failed: " + e.getMessage();
    }

    private static void print(CommandLine cli, String message) {
        PrintWriter err = cli.getErr();
        err.println(cli.getCommandName() + ": " + message);
        err.flush();
    }
}
