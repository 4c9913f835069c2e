package dev.propensity.server.cli;

import dev.propensity.server.replicas.ChampionNotifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        String url = environment.get("PROPENSITY_DB_URL");
        boolean announces = parseResult.hasSubcommand()
                && CHAMPION_CHANGES.contains(parseResult.subcommand().commandSpec().name())
                && url != null && url.startsWith("jdbc:postgresql:");
        if (!announces) {
            return delegate.execute(parseResult);
        }
        // Connected while the registry changes, so the notification leaves the moment the alias has moved: a
        // fresh JVM needs a good part of a second to load the driver and log in.
        CompletableFuture<Connection> connection = CompletableFuture.supplyAsync(() -> connect(url));
        int exit = delegate.execute(parseResult);
        CommandLine commandLine = parseResult.commandSpec().commandLine();
        try (Connection open = connection.join()) {
            if (exit == 0) {
                announce(open);
            }
        } catch (CompletionException | SQLException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (exit == 0) {
                // The change itself is made; the servers will see it at their next poll.
                commandLine.getErr().println("propensity: the servers were not notified (" + cause.getMessage()
                        + "); they pick the change up at their next poll");
            }
        }
        return exit;
    }

    private static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }

    private static void announce(Connection connection) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, ChampionNotifier.CHANNEL);
            notify.setString(2, "cli");
            notify.execute();
        }
    }
}
