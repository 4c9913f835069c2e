package dev.propensity.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The dashboard at {@code /}: static files from the jar ({@code dashboard/} on the classpath) and Chart.js from
 * its webjar under {@code /webjars}. The files hold no data and need no key; the page asks for a key and sends it
 * as a bearer header on the {@code /v1} and {@code /reports} calls, which stay behind the keys.
 */
final class Dashboard {
    /** The classpath folder holding {@code index.html} and its scripts and styles. */
    static final String FOLDER = "/dashboard";

    /**
     * Only the page's own files run and it talks only to this server: a key typed into the page cannot be sent
     * elsewhere by an injected script, and nothing is fetched from the internet.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private Dashboard() {
    }

    static void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = FOLDER;
            files.location = Location.CLASSPATH;
            // Revalidated on every load, so a new jar's dashboard is never mixed with an old cached script.
            files.headers = Map.of("Cache-Control", "no-cache", "Content-Security-Policy", POLICY,
                    "Referrer-Policy", "no-referrer", "X-Content-Type-Options", "nosniff");
        });
        config.staticFiles.enableWebjars();
    }
}
