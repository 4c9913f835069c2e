package dev.propensity.server.http;

import io.javalin.Javalin;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;

/**
 * Makes each HTTP thread give up the core once it has sent a response, before it reads the next request of its
 * connection, while the server runs on one core (issue 13's tail).
 *
 * <p>Why: Jetty serves a keep-alive connection on one thread for as long as requests keep arriving. On a busy core a
 * thread whose client answers quickly never blocks, so it keeps the core until the scheduler's tick takes it away
 * (4 ms at the usual 250 Hz), and every other connection's request waits behind it: with the server pinned to one
 * core, the bare route's p99 was 32-50 ms. {@link Thread#yield()} after each response lets the threads that hold
 * other connections' requests run in turn, one request each: the bare route's p99 fell to 10-21 ms
 * ({@code benchmarks/http-vs-bare.sh}, README "Issue 13"). When no other thread is waiting the call returns at once.
 *
 * <p>Why only on one core: with two cores shared with the clients, yielding made the score route slower and its tail
 * longer (p99 25.7-34.8 ms against 14.3-31.8 ms, 13,500-16,800 scores/s against 14,300-17,200, three alternated
 * rounds, fresh servers, 16 connections), so by default ({@link Mode#AUTO}) a thread yields only while the JVM may
 * use one processor ({@link OneCoreCheck}, looked at once a second, so a server pinned while it runs follows).
 *
 * <p>{@code -Dpropensity.http.yieldAfterResponse=always|auto|off} chooses, for measuring it ({@code false} means
 * off).
 */
public final class YieldAfterResponse implements HttpChannel.Listener {
    /** The system property that chooses the {@link Mode}. */
    public static final String PROPERTY = "propensity.http.yieldAfterResponse";

    /** When a thread yields. */
    public enum Mode {
        /** After every response. */
        ALWAYS,
        /** After every response while the JVM may use one processor only. */
        AUTO,
        /** Never: the listener is not installed. */
        OFF;

        /**
         * The mode {@code -Dpropensity.http.yieldAfterResponse} names.
         *
         * @throws IllegalArgumentException if it names none
         */
        public static Mode ofSystemProperty() {
            return of(System.getProperty(PROPERTY));
        }

        /** The mode a property value names ({@code true} and {@code false} as always and off); null: auto. */
        static Mode of(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "always", "true" -> ALWAYS;
                case "auto" -> AUTO;
                case "off", "false" -> OFF;
                default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be always, auto or off, got '"
                        + value + "'");
            };
        }
    }

    private final BooleanSupplier when;

    YieldAfterResponse(BooleanSupplier when) {
        this.when = when;
    }

    @Override
    public void onComplete(Request request) {
        if (when.getAsBoolean()) {
            Thread.yield();
        }
    }

    /** Whether a response completing now would be followed by a yield. */
    boolean yieldsNow() {
        return when.getAsBoolean();
    }

    /**
     * Installs it on every connector of a started app (a connector picks up listeners added at any time, for the
     * connections it accepts afterwards), unless the mode is {@link Mode#OFF}.
     */
    public static void installOn(Javalin app, Mode mode) {
        if (mode == Mode.OFF) {
            return;
        }
        BooleanSupplier when = mode == Mode.ALWAYS ? () -> true : new OneCoreCheck()::oneCore;
        YieldAfterResponse listener = new YieldAfterResponse(when);
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector abstractConnector) {
                abstractConnector.addBean(listener);
            }
        }
    }

    /** The listener every connector of the app carries, or null when some connector (or every one) lacks it. */
    static YieldAfterResponse on(Javalin app) {
        YieldAfterResponse listener = null;
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            listener = connector.getBean(YieldAfterResponse.class);
            if (listener == null) {
                return null;
            }
        }
        return listener;
    }
}
