package dev.propensity.server.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client may read of a message written for the server's operator: every absolute path on the server's disk
 * is cut to its last name ({@code /srv/propensity/models/v3/model.tribuo} becomes {@code model.tribuo}), which
 * still says which file is at fault without telling the world how the server's disk is laid out.
 */
final class ServerPaths {
    private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\w.:/-])(?:/[^/\\s'\",;()\\[\\]]+)+/?");

    private ServerPaths() {
    }

    static String redact(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = ABSOLUTE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = m.group().endsWith("/") ? m.group().substring(0, m.group().length() - 1) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(path.substring(path.lastIndexOf('/') + 1)));
        }
        return m.appendTail(out).toString();
    }
}
