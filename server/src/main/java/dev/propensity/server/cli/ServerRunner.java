package dev.propensity.server.cli;

import dev.propensity.server.config.ServerConfig;
import dev.propensity.server.http.PropensityServer;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Runs a server until the process is told to stop (Ctrl-C, SIGTERM), then shuts it down gracefully. */
final class ServerRunner {
    private ServerRunner() {
    }

    static int runUntilStopped(ServerConfig config, PrintWriter out) throws InterruptedException {
        PropensityServer server;
        try {
            server = PropensityServer.start(config);
        } catch (RuntimeException e) {
            // A port in use or an unreachable database: a sentence is more use here than a stack trace.
            out.println("propensity: cannot start the server: " + e.getMessage());
            out.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "propensity-shutdown"));
        out.printf("Propensity is listening on http://%s:%d (Ctrl-C stops it)%n", config.host(), server.port());
        out.flush();
        stopped.await();
        return 0;
    }
}
