package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fetching report routes as a page or as JSON, and reading the JSON a page embeds. */
final class ReportPages {
    static final String JSON = "application/json";
    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern EMBEDDED = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportPages() {
    }

    static HttpResponse<String> get(TestServer server, String path, String key, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return server.send(key == null ? request : request.header("Authorization", "Bearer " + key));
    }

    /** The JSON answer of a route, checked to be JSON. */
    static JsonNode json(TestServer server, String path) {
        HttpResponse<String> response = get(server, path, TestServer.SCORE_KEY, JSON);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return parse(response.body());
    }

    /** The JSON embedded in the page of a route, checked to be a page. */
    static JsonNode embedded(TestServer server, String path, String accept) {
        HttpResponse<String> response = get(server, path, TestServer.SCORE_KEY, accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return embedded(response.body());
    }

    static JsonNode embedded(String page) {
        Matcher m = EMBEDDED.matcher(page);
        assertTrue(m.find(), "the page embeds no report-data");
        return parse(m.group(1));
    }

    /** A report without the fields that say when it was made, which differ between two requests. */
    static JsonNode figures(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("generated_at");
        copy.remove("window_start");
        copy.remove("window_end");
        return copy;
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
