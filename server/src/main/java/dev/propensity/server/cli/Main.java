package dev.propensity.server.cli;

import dev.propensity.cli.CliErrors;
import dev.propensity.cli.PropensityCommand;
import dev.propensity.server.config.ConfigException;
import dev.propensity.server.feedback.FeedbackValidationException;
import dev.propensity.server.report.NoChampionException;
import dev.propensity.server.retrain.RetrainException;
import picocli.CommandLine;

/** Entry point of the launcher's jar: the trainer's verbs plus the server's. */
public final class Main {
    private Main() {
    }

    /**
     * The full command line: the trainer's verbs and {@code serve}, {@code demo}, {@code score}, {@code retrain}; {@code report}
     * is replaced by one that also makes live reports, which need the feedback store.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = PropensityCommand.commandLine();
        commandLine.getCommandSpec().removeSubcommand("report");
        commandLine.addSubcommand(new LiveReportCommand());
        commandLine.addSubcommand(new ServeCommand());
        commandLine.addSubcommand(new DemoCommand());
        commandLine.addSubcommand(new ScoreCommand());
        commandLine.addSubcommand(new RetrainCommand());
        CliErrors.install(commandLine, ConfigException.class, RetrainException.class, NoChampionException.class,
                FeedbackValidationException.class);
        commandLine.setExecutionStrategy(new AnnouncingExecution(System.getenv()));
        return commandLine;
    }

    public static void main(String[] args) {
        dev.propensity.cli.Logging.quietLibraries();
        System.exit(commandLine().execute(args));
    }
}
