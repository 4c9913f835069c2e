package dev.propensity.server.http;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Which shape a score is answered in: the full explanation, or the flat write-back properties a CRM copies into
 * a lead ({@code ?format=flat}, or {@code Accept: application/vnd.propensity.flat+json} as the first type).
 */
enum AnswerFormat {
    FULL, FLAT;

    /** The media type of the flat profile. */
    static final String FLAT_MEDIA_TYPE = "application/vnd.propensity.flat+json";

    /** The format a request asks for. @throws ApiException 400 for a {@code format} other than full or flat */
    static AnswerFormat of(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "flat":
                    return FLAT;
                case "full":
                    return FULL;
                default:
                    throw new ApiException(400, "invalid_field", "format: expected full or flat, got '" + format + "'", "format");
            }
        }
        String accept = ctx.header("Accept");
        // Only a client that puts the profile first wants it: generated clients list every type the document names.
        String first = accept == null ? "" : accept.split(",", 2)[0].split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return first.equals(FLAT_MEDIA_TYPE) ? FLAT : FULL;
    }

    /** The Content-Type of an answer in this format, for a request that asked in {@code ctx}'s way. */
    String contentType(Context ctx) {
        return this == FLAT && ctx.queryParam("format") == null ? FLAT_MEDIA_TYPE : "application/json";
    }
}
