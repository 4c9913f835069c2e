package dev.propensity.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the hand-maintained OpenAPI 3 document, a resource next to this class. A test
 * checks that it lists exactly the routes the app registers.
 */
public final class OpenApiHandler implements Handler {
    /** The resource name, relative to this class. */
    public static final String RESOURCE = "openapi.json";
    private final byte[] document;

    public OpenApiHandler() {
        this.document = load();
    }

    /** The document's bytes. */
    public static byte[] load() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("application/json").result(document);
    }
}
