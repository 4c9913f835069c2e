package dev.propensity.server.http;

import dev.propensity.server.testing.SystemPackages;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two (or N) real server processes and nginx in front of them, started and stopped by the shipped
 * {@code deploy/replicas.sh} over one registry folder and one PostgreSQL schema, with an HTTP client for the
 * balancer and for each replica directly.
 */
final class Replicas implements AutoCloseable {
    static final String KEY = "replica-key-0123456789";
    static final String ADMIN_KEY = "replica-admin-0123456789";

    private final Path dir;
    private final Map<String, String> environment;
    private final int balancerPort;
    private final int firstPort;
    private final int count;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Replicas(Path dir, Map<String, String> environment, int balancerPort, int firstPort, int count) {
        this.dir = dir;
        this.environment = environment;
        this.balancerPort = balancerPort;
        this.firstPort = firstPort;
        this.count = count;
    }

    /**
     * Runs {@code deploy/replicas.sh start count} and waits until it reports every replica ready.
     *
     * @param reloadIntervalMillis how often each replica polls the alias
     */
    static Replicas start(int count, Path models, String dbUrl, Path dir, long reloadIntervalMillis) throws Exception {
        SystemPackages.ensure("nginx", "curl");
        int firstPort = freeRun(count);
        int balancerPort = freeRun(1);
        Map<String, String> environment = Map.of(
                "PROPENSITY_DB_URL", dbUrl,
                "PROPENSITY_MODELS", models.toString(),
                "PROPENSITY_API_KEY", KEY,
                "PROPENSITY_ADMIN_KEY", ADMIN_KEY,
                "PROPENSITY_RELOAD_INTERVAL_MS", Long.toString(reloadIntervalMillis),
                "PROPENSITY_JAVA_OPTS", "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
                "REPLICAS_DIR", dir.toString(),
                "REPLICAS_LB_PORT", Integer.toString(balancerPort),
                "REPLICAS_FIRST_PORT", Integer.toString(firstPort),
                "REPLICAS_CLASSPATH", System.getProperty("java.class.path"));
        Replicas replicas = new Replicas(dir, environment, balancerPort, firstPort, count);
        replicas.script("start", Integer.toString(count));
        return replicas;
    }

    /** The nginx address. */
    URI balancer(String path) {
        return URI.create("http://127.0.0.1:" + balancerPort + path);
    }

    /** Replica {@code i} (1-based) directly, bypassing nginx. */
    URI replica(int i, String path) {
        return URI.create("http://127.0.0.1:" + (firstPort + i - 1) + path);
    }

    int count() {
        return count;
    }

    /** The environment the replicas were started with, for a CLI process that should act on the same parts. */
    Map<String, String> environment() {
        return environment;
    }

    /** The process id of replica {@code i}, as its pid file records it. */
    long pid(int i) throws IOException {
        return Long.parseLong(Files.readString(dir.resolve("replica-" + i + ".pid")).trim());
    }

    /** Kills replica {@code i} with SIGKILL and waits until it is gone. */
    void kill(int i) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid(i)).orElseThrow(() -> new AssertionError("replica " + i + " is not running"));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    HttpResponse<String> post(URI uri, String key, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(URI uri, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs {@code deploy/replicas.sh stop}: every process it started gets SIGTERM. */
    @Override
    public void close() throws Exception {
        script("stop");
    }

    private void script(String... arguments) throws Exception {
        Path script = SystemPackages.repositoryRoot().resolve("deploy/replicas.sh");
        ProcessBuilder builder = new ProcessBuilder(concat("bash", script.toString(), arguments));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("deploy/replicas.sh " + String.join(" ", arguments) + " failed:\n" + output
                    + logs());
        }
        System.out.print(output);
    }

    private String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                String content = Files.readString(log);
                text.append("\n--- ").append(log.getFileName()).append(" (last 3000 chars)\n")
                        .append(content.substring(Math.max(0, content.length() - 3000)));
            }
        }
        return text.toString();
    }

    private static List<String> concat(String first, String second, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first, second));
        all.addAll(List.of(rest));
        return all;
    }

    /** The first of {@code n} consecutive free ports. */
    private static int freeRun(int n) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first;
            try (ServerSocket socket = new ServerSocket(0)) {
                first = socket.getLocalPort();
            }
            if (first + n > 65_000) {
                continue;
            }
            boolean free = true;
            for (int p = first + 1; p < first + n && free; p++) {
                try (ServerSocket probe = new ServerSocket(p)) {
                    probe.getLocalPort();
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no run of " + n + " free ports found");
    }
}
