package dev.propensity.server.http;

import dev.propensity.server.report.ReportWindow;
import io.javalin.http.Context;

/** The {@code ?days=} window of the live report routes, read one way: a bad value is a 400 naming the parameter. */
final class DaysParam {
    private DaysParam() {
    }

    static ReportWindow of(Context ctx) {
        try {
            return ReportWindow.parse(ctx.queryParam("days"), "query parameter 'days'");
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_field", e.getMessage(), "days");
        }
    }
}
