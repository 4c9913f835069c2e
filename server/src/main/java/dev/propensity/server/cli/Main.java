package dev.propensity.server.cli;

import dev.propensity.cli.PropensityCommand;
import picocli.CommandLine;

/** Entry point of the launcher's jar: the trainer's verbs plus the server's. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = PropensityCommand.commandLine();
        commandLine.addSubcommand(new RetrainCommand());
        System.exit(commandLine.execute(args));
    }
}
