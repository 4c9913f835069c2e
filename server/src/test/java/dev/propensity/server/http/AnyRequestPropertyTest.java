package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever arrives, at whichever route: generated JSON of every shape (scalars, arrays, objects nested three deep,
 * the API's own field names with values of every type, numbers at the parser's edges) and bytes that are not
 * JSON at all. Every answer is a 2xx, or a 4xx in the one error shape, never a 5xx; and the server stays healthy.
 */
class AnyRequestPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("lead_id", "industry", "employees", "requested_call", "noise",
            "outcome", "amount", "close_date", "idempotency_key", "why", "country");
    private static Path folder;
    private static TestServer server;
    private static List<RouteCatalog.Route> routes;

    @BeforeContainer
    static void start() throws IOException {
        folder = Files.createTempDirectory("propensity-any-request");
        server = TestServer.startWithChampion(folder);
        routes = server.server().routes();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 200)
    void everyRouteAnswersAnyBodyWithA2xxOrA4xxInTheErrorShape(@ForAll("routes") RouteCatalog.Route route,
                                                               @ForAll("segments") String segment,
                                                               @ForAll("bodies") byte[] body,
                                                               @ForAll("keys") String key) throws IOException {
        String path = route.path().replaceAll("\\{[^}]+}", segment);
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .method(route.method(), route.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        if (!key.isEmpty()) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = server.send(request);
        String what = route.method() + " " + path + " with " + new String(body, StandardCharsets.UTF_8);
        assertTrue(response.statusCode() < 500, what + " -> " + response.statusCode() + " " + response.body());
        if (response.statusCode() >= 400) {
            JsonNode error = JSON.readTree(response.body()).path("error");
            assertEquals(response.statusCode(), error.path("status").asInt(), what + " -> " + response.body());
            assertTrue(error.path("code").isTextual() && error.path("message").isTextual(), what + " -> " + response.body());
        }
        assertEquals(200, server.get("/health", null).statusCode(), "healthy after " + what);
    }

    @Provide
    Arbitrary<RouteCatalog.Route> routes() {
        return Arbitraries.of(routes);
    }

    @Provide
    Arbitrary<String> segments() {
        return Arbitraries.oneOf(Arbitraries.of("1", "2", "v1", "v2", "007", "0", "-1", "99999999999", "v", "%20",
                "..", "live", "x%2Fy"), Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(TestServer.ADMIN_KEY, TestServer.ADMIN_KEY, TestServer.SCORE_KEY, TestServer.FEEDBACK_KEY,
                "", "wrong-key-0123456789");
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> json = value().map(text -> text.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        Arbitrary<byte[]> cut = value().map(text -> text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, json), net.jqwik.api.Tuple.of(2, bytes),
                net.jqwik.api.Tuple.of(1, cut));
    }

    /** Any JSON value, as text, up to three levels deep. */
    private Arbitrary<String> value() {
        return Arbitraries.recursive(this::scalar, this::container, 0, 3);
    }

    private Arbitrary<String> container(Arbitrary<String> inner) {
        Arbitrary<String> array = inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(FIELDS), text().map(t -> t));
        Arbitrary<String> member = net.jqwik.api.Combinators.combine(key, inner)
                .as((k, v) -> TextNode.valueOf(k).toString() + ":" + v);
        Arbitrary<String> object = member.list().ofMaxSize(6)
                .map(members -> members.stream().collect(Collectors.joining(",", "{", "}")));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, array), net.jqwik.api.Tuple.of(3, object));
    }

    private Arbitrary<String> scalar() {
        Arbitrary<String> edges = Arbitraries.of(ErrorAnswersTest.EDGES).filter(n -> n.length() < 200);
        return Arbitraries.oneOf(Arbitraries.of("null", "true", "false", "{}", "[]", "\"\""),
                Arbitraries.integers().map(String::valueOf), Arbitraries.doubles().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf), edges,
                text().map(t -> TextNode.valueOf(t).toString()),
                Arbitraries.of("won", "lost", "2025-03-31", "Software", "yes", "N/A").map(t -> "\"" + t + "\""));
    }

    private Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(20);
    }
}
