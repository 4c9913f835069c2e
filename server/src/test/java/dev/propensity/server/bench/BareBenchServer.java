package dev.propensity.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.server.cli.Main;
import dev.propensity.server.config.Limits;
import dev.propensity.server.http.ApiApp;
import dev.propensity.server.http.ApiException;
import dev.propensity.server.http.JsonBody;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For {@code benchmarks/http-vs-bare.sh} only, never shipped: the real {@code propensity serve} (every argument is
 * passed to it) plus, in the same JVM, a bare Javalin app on the port in {@code -Dpropensity.bench.bare.port}
 * with one route, {@code POST /bench/bare}, that reads the body exactly as {@code /v1/score} does (the same
 * {@link JsonBody}: type check, size limit, the same reader into the same {@link JsonNode} tree) and answers a
 * fixed JSON. Side by side, the two measure what scoring costs over HTTP itself: same JIT, same cores, same GC.
 */
public final class BareBenchServer {
    /** The fixed answer when no file is given: a short one. */
    private static final byte[] SHORT = ("{\"lead_id\":\"L0000002\",\"model_version\":1,\"probability\":0.5,\"score\":50,"
            + "\"reasons\":[],\"warnings\":[]}").getBytes(StandardCharsets.UTF_8);
    private static volatile byte[] fixed;

    private BareBenchServer() {
    }

    /**
     * The fixed answer: the file in {@code -Dpropensity.bench.bare.answer} (the script saves a real score answer there
     * before the first bare request, so both routes write as many bytes), read once on first use; a short JSON without.
     */
    private static byte[] fixedAnswer() {
        byte[] answer = fixed;
        if (answer == null) {
            String file = System.getProperty("propensity.bench.bare.answer");
            try {
                answer = file == null ? SHORT : Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the bare route's answer " + file, e);
            }
            fixed = answer;
        }
        return answer;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getProperty("propensity.bench.bare.port", "0"));
        // The server's default limit; the benchmark runs the server with its defaults too.
        JsonBody body = new JsonBody(Limits.DEFAULT_MAX_BODY_BYTES);
        // Javalin's defaults, but for the response copy buffer and the HTTP pool the real app sets too: the same
        // HTTP stack both ways (the pool from PROPENSITY_HTTP_THREADS, as `serve` reads it).
        int threads = Integer.parseInt(System.getenv().getOrDefault("PROPENSITY_HTTP_THREADS", "0").strip());
        Javalin bare = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.responseBufferSize = ApiApp.RESPONSE_COPY_BUFFER_BYTES;
            if (threads > 0) {
                config.jetty.threadPool = ApiApp.fixedPool(threads);
            }
        });
        bare.post("/bench/bare", ctx -> {
            JsonNode lead = body.read(ctx);
            if (!lead.isObject()) {
                throw ApiException.badRequest("expected_object", "expected a JSON object of lead fields");
            }
            ctx.contentType("application/json").result(fixedAnswer());
        });
        bare.start("127.0.0.1", port);
        // The same HTTP stack as the real app's, which yields the core after each response.
        dev.propensity.server.http.YieldAfterResponse.installOn(bare,
                dev.propensity.server.http.YieldAfterResponse.Mode.ofSystemProperty());
        System.err.println("bare endpoint on http://127.0.0.1:" + bare.port() + "/bench/bare");
        Main.main(args);
    }
}
