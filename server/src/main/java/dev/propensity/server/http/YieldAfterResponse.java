package dev.propensity.server.http;

import io.javalin.Javalin;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;

/**
 * Makes each HTTP thread give up the core once it has sent a response, before it reads the next request of its
 * connection (issue 13's tail).
 *
 * <p>Why: Jetty serves a keep-alive connection on one thread for as long as requests keep arriving. On a busy core a
 * thread whose client answers quickly never blocks, so it keeps the core until the scheduler's tick takes it away
 * (4 ms at the usual 250 Hz), and every other connection's request waits behind it: with the server pinned to one
 * core, the bare route's p99 was 32-50 ms. {@link Thread#yield()} after each response lets the threads that hold
 * other connections' requests run in turn, one request each: the bare route's p99 fell to 10-21 ms
 * ({@code benchmarks/http-vs-bare.sh}, README "Issue 13"). When no other thread is waiting the call returns at once.
 *
 * <p>{@code -Dpropensity.http.yieldAfterResponse=false} turns it off, for measuring it.
 */
public final class YieldAfterResponse implements HttpChannel.Listener {
    /** The system property that turns it off. */
    public static final String PROPERTY = "propensity.http.yieldAfterResponse";

    private YieldAfterResponse() {
    }

    @Override
    public void onComplete(Request request) {
        Thread.yield();
    }

    /**
     * Installs it on every connector of a started app (a connector picks up listeners added at any time, for the
     * connections it accepts afterwards), unless {@code -Dpropensity.http.yieldAfterResponse=false}.
     */
    public static void installOn(Javalin app) {
        installOn(app, Boolean.parseBoolean(System.getProperty(PROPERTY, "true")));
    }

    static void installOn(Javalin app, boolean enabled) {
        if (!enabled) {
            return;
        }
        YieldAfterResponse listener = new YieldAfterResponse();
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector abstractConnector) {
                abstractConnector.addBean(listener);
            }
        }
    }

    /** Whether every connector of the app has it. */
    static boolean isOn(Javalin app) {
        Connector[] connectors = app.jettyServer().server().getConnectors();
        for (Connector connector : connectors) {
            if (connector.getBean(YieldAfterResponse.class) == null) {
                return false;
            }
        }
        return connectors.length > 0;
    }
}
