package dev.propensity.server.cli;

import dev.propensity.server.replicas.ChampionNotifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs a command as usual, and after a successful {@code promote} or {@code rollback} tells the servers sharing a
 * PostgreSQL store ({@code PROPENSITY_DB_URL}) that the champion moved, on the channel they listen on, so a
 * change made from the CLI reaches them as fast as one made through a server. Without PostgreSQL the servers find
 * it at their next poll. The trainer's verbs know nothing of the store, which is why this wraps them here.
 */
final class AnnouncingExecution implements IExecutionStrategy {
    private static final List<String> CHAMPION_CHANGES = List.of("promote", "rollback");

    private final IExecutionStrategy delegate = new CommandLine.RunLast();
    private final Map<String, String> environment;

    AnnouncingExecution(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public int execute(ParseResult parseResult) {
        int exit = delegate.execute(parseResult);
        String url = environment.get("PROPENSITY_DB_URL");
        if (exit == 0 && parseResult.hasSubcommand() && CHAMPION_CHANGES.contains(parseResult.subcommand().commandSpec().name())
                && url != null && url.startsWith("jdbc:postgresql:")) {
            announce(url, parseResult.commandSpec().commandLine());
        }
        return exit;
    }

    private static void announce(String url, CommandLine commandLine) {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, ChampionNotifier.CHANNEL);
            notify.setString(2, "cli");
            notify.execute();
        } catch (SQLException e) {
            // The change itself is made; the servers will see it at their next poll.
            commandLine.getErr().println("propensity: the servers were not notified (" + e.getMessage()
                    + "); they pick the change up at their next poll");
        }
    }
}
