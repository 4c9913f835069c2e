import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for POST /v1/outcomes, run as a single-file program: {@code java OutcomesClient.java URL BATCH
 * THREADS WARMUP_S SECONDS RUN_ID}. The API key comes from the environment variable PROPENSITY_API_KEY, never
 * the command line. Each thread posts back to back (closed loop); every outcome carries an idempotency key
 * unique to this run (RUN_ID, thread, counter), so every post creates new rows. BATCH 1 sends one JSON
 * object per request, BATCH n an array of n outcomes. Requests in the warm-up are not counted.
 * Prints one line: RESULT requests_per_s outcomes_per_s p50_ms p99_ms requests errors first_error
 */
public final class OutcomesClient {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("this benchmark only sends traffic to 127.0.0.1, got " + uri);
        }
        int batch = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        long warmupNanos = Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
        long measureNanos = Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        String runId = args[5];
        String key = System.getenv("PROPENSITY_API_KEY");
        if (key == null) {
            throw new IllegalStateException("set PROPENSITY_API_KEY");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + measureNanos;
        AtomicLong errors = new AtomicLong();
        String[] firstError = {""};
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                long counter = 0;
                while (true) {
                    StringBuilder body = new StringBuilder(batch * 140);
                    if (batch > 1) {
                        body.append('[');
                    }
                    for (int i = 0; i < batch; i++) {
                        long c = counter++;
                        if (i > 0) {
                            body.append(',');
                        }
                        body.append("{\"lead_id\":\"L").append(String.format("%07d", 1 + (c * 7919 + id) % 5000))
                            .append("\",\"outcome\":\"").append(c % 4 == 0 ? "won" : "lost")
                            .append("\",\"amount\":").append(1000 + c % 50000).append(".50")
                            .append(",\"close_date\":\"").append(LocalDate.of(2026, 1, 1).plusDays(c % 180))
                            .append("\",\"idempotency_key\":\"").append(runId).append('-').append(id).append('-').append(c)
                            .append("\"}");
                    }
                    if (batch > 1) {
                        body.append(']');
                    }
                    HttpRequest request = HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        break;
                    }
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - sent;
                        if (response.statusCode() / 100 != 2) {
                            if (errors.getAndIncrement() == 0) {
                                firstError[0] = response.statusCode() + " " + response.body().replace(' ', '_');
                            }
                        } else if (sent >= measureFrom && System.nanoTime() <= end) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = took;
                        }
                    } catch (Exception e) {
                        if (errors.getAndIncrement() == 0) {
                            firstError[0] = e.toString().replace(' ', '_');
                        }
                    }
                }
                latencies[id] = mine;
                counts[id] = n;
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double seconds = measureNanos / 1e9;
        double p50 = total == 0 ? 0 : all[(int) Math.min(total - 1, Math.floor(total * 0.50))] / 1e6;
        double p99 = total == 0 ? 0 : all[(int) Math.min(total - 1, Math.floor(total * 0.99))] / 1e6;
        System.out.printf(java.util.Locale.ROOT, "RESULT %.1f %.1f %.2f %.2f %d %d %s%n", total / seconds, total * batch / seconds,
            p50, p99, total, errors.get(), firstError[0].isEmpty() ? "-" : firstError[0].substring(0, Math.min(120, firstError[0].length())));
    }
}
