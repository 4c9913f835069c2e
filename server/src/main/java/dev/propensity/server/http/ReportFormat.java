package dev.propensity.server.http;

import java.util.Locale;

/**
 * Whether a report goes out as a page or as JSON, from the request's {@code Accept} header: JSON when the
 * client prefers {@code application/json} over {@code text/html}, a page otherwise (a browser, {@code *}{@code /*}
 * or no header at all), since the page embeds the same JSON anyway. Between equal weights the type listed first
 * wins: a client generated from the OpenAPI document lists every type the operation produces, JSON first.
 */
public enum ReportFormat {
    HTML("text/html; charset=utf-8"),
    JSON("application/json");

    private final String contentType;

    ReportFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The {@code Content-Type} to answer with. */
    public String contentType() {
        return contentType;
    }

    /** The format an {@code Accept} header asks for; a tie goes to the type listed first. */
    public static ReportFormat of(String accept) {
        if (accept == null) {
            return HTML;
        }
        double json = 0;
        double html = 0;
        boolean jsonFirst = false;
        boolean seenEither = false;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            if (type.equals("application/json")) {
                json = Math.max(json, q);
                jsonFirst |= !seenEither;
                seenEither = true;
            } else if (type.equals("text/html") || type.equals("text/*") || type.equals("*/*")) {
                html = Math.max(html, q);
                seenEither = true;
            }
        }
        return json > html || (json == html && json > 0 && jsonFirst) ? JSON : HTML;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0; // an unreadable weight counts for nothing rather than failing the request
                }
            }
        }
        return 1;
    }
}
