package dev.propensity.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code propensity} command of the trainer; the server adds its own verbs to it. */
@Command(name = "propensity", mixinStandardHelpOptions = true, version = "propensity 0.1.0",
        description = "Lead propensity models: generate data, train, keep versions, promote.",
        subcommands = {GenerateCommand.class, TrainCommand.class, EvaluateCommand.class, ModelsCommand.class, PromoteCommand.class,
                RollbackCommand.class, ReportCommand.class, PersonasCommand.class})
public final class PropensityCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A command line with every trainer verb and the shared error handling ({@link CliErrors}); the server's main
     * adds its own verbs and error types before executing.
     */
    public static CommandLine commandLine() {
        return CliErrors.install(new CommandLine(new PropensityCommand()));
    }

    public static void main(String[] args) {
        Logging.quietLibraries();
        System.exit(commandLine().execute(args));
    }
}
