package dev.propensity.server.http;

import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The endpoints Javalin actually registered, collected from its handler-added events (filters such as
 * before and after are left out), so that the OpenAPI document can be checked against the running app.
 */
public final class RouteCatalog {
    /** One endpoint: method in lower case, path template in Javalin's {@code {param}} syntax. */
    public record Route(String method, String path) {
    }

    private final List<Route> routes = new ArrayList<>();

    void added(HandlerMetaInfo info) {
        HandlerType type = info.getHttpMethod();
        if (type.isHttpMethod()) {
            synchronized (routes) {
                routes.add(new Route(type.name().toLowerCase(Locale.ROOT), info.getPath()));
            }
        }
    }

    public List<Route> routes() {
        synchronized (routes) {
            return List.copyOf(routes);
        }
    }
}
