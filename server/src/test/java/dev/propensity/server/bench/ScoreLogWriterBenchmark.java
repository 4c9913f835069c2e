package dev.propensity.server.bench;

import dev.propensity.server.feedback.DatabaseConfig;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.JdbcFeedbackStore;
import dev.propensity.server.feedback.LegacyScoreLogStore;
import dev.propensity.server.feedback.ScoreLogOnlyStore;
import dev.propensity.server.feedback.ScoreLogWriter;
import dev.propensity.server.feedback.ScoreRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The score log writer's CPU per logged score, the design before this change against today's, side by side in one
 * JVM: each run feeds the same rows through a real {@link ScoreLogWriter} (default capacity, batch size and 5 ms
 * linger) into a new SQLite file, at a steady pace like a loaded server's (so that both designs commit batches of
 * the same size), and reads the writer thread's own CPU time ({@link ThreadMXBean#getThreadCpuTime}) from before
 * the first score to the end of the flush, after an unreported warm-up run of each. CPU time per row holds up when other processes share the machine;
 * wall-clock rates do not. The rounds alternate which design goes first.
 *
 * <p>Arguments: LEADS.jsonl (one lead's JSON per line, logged as each score's input), ROWS per run, ROUNDS,
 * RATE (scores offered per second), LEAD_IDS (distinct lead ids drawn at random; 0 = the file's leads in turn),
 * FOLDER for the database files.
 */
public final class ScoreLogWriterBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScoreLogWriterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> inputs = Files.readAllLines(Path.of(args[0]));
        int rows = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int leadIds = Integer.parseInt(args[4]);
        Path folder = Files.createDirectories(Path.of(args[5]));
        List<ScoreRecord> scores = scores(inputs, rows, leadIds);

        // Unreported first runs of each design, so that neither is measured while its code is still interpreted.
        for (Design design : Design.values()) {
            run(design, scores.subList(0, Math.min(scores.size(), 30_000)), rate, folder.resolve("warm-up-" + design.label));
        }
        System.out.printf("| round | design | writer CPU per row (µs) | rows/s | rows per transaction | database + WAL (MB) |%n");
        System.out.printf("|---:|---|---:|---:|---:|---:|%n");
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Design[] order = round % 2 == 1 ? Design.values() : new Design[] {Design.AFTER, Design.BEFORE};
            Run before = null;
            Run after = null;
            for (Design design : order) {
                Run run = run(design, scores, rate, folder.resolve("round-" + round + "-" + design.label));
                System.out.printf("| %d | %s | %.2f | %,.0f | %.0f | %.1f |%n", round, design.label, run.cpuMicrosPerRow(),
                        run.rowsPerSecond(), run.rowsPerTransaction(), run.megabytes());
                if (design == Design.BEFORE) {
                    before = run;
                } else {
                    after = run;
                }
            }
            ratios.add(after.cpuMicrosPerRow() / before.cpuMicrosPerRow());
        }
        System.out.println();
        System.out.printf("after/before CPU per row, by round: %s; median %.2f%n",
                ratios.stream().map(r -> String.format("%.2f", r)).toList(), median(ratios));
    }

    private enum Design {
        BEFORE("before"), AFTER("after");

        final String label;

        Design(String label) {
            this.label = label;
        }

        FeedbackStore open(Path file) throws SQLException {
            return this == BEFORE ? LegacyScoreLogStore.open(file) : JdbcFeedbackStore.open(DatabaseConfig.sqliteFile(file));
        }
    }

    private record Run(long rows, long cpuNanos, long wallNanos, long transactions, long bytes) {
        double cpuMicrosPerRow() {
            return cpuNanos / 1e3 / rows;
        }

        double rowsPerSecond() {
            return rows / (wallNanos / 1e9);
        }

        double rowsPerTransaction() {
            return (double) rows / transactions;
        }

        double megabytes() {
            return bytes / 1e6;
        }
    }

    private static Run run(Design design, List<ScoreRecord> scores, int rate, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("feedback.db");
        AtomicLong transactions = new AtomicLong();
        try (FeedbackStore store = design.open(file)) {
            FeedbackStore counted = new CountingStore(store, transactions);
            long cpu;
            long wall;
            try (ScoreLogWriter writer = new ScoreLogWriter(counted)) {
                long writerThread = writerThreadId();
                long cpu0 = THREADS.getThreadCpuTime(writerThread);
                long wall0 = System.nanoTime();
                feed(writer, scores, rate);
                writer.flush();
                cpu = THREADS.getThreadCpuTime(writerThread) - cpu0;
                wall = System.nanoTime() - wall0;
                if (writer.counts().written() != scores.size()) {
                    throw new IllegalStateException(design.label + ": " + writer.counts());
                }
            }
            long stored = count(file);
            if (stored != scores.size()) {
                throw new IllegalStateException(design.label + ": " + stored + " rows stored of " + scores.size());
            }
            long bytes = Files.size(file) + sizeIfAny(Path.of(file + "-wal"));
            return new Run(scores.size(), cpu, wall, transactions.get(), bytes);
        } finally {
            deleteTree(folder);
        }
    }

    /** Offers the scores at {@code rate} per second, a millisecond's worth at a time. */
    private static void feed(ScoreLogWriter writer, List<ScoreRecord> scores, int rate) throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < scores.size(); i++) {
            long due = start + (long) (i * 1e9 / rate);
            long early = due - System.nanoTime();
            if (early > 1_000_000) {
                LockSupport.parkNanos(early);
            }
            if (!writer.offer(scores.get(i), 5_000)) {
                throw new IllegalStateException("the writer fell behind by more than 5 s");
            }
        }
    }

    private static long writerThreadId() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("score-log-writer"))
                .mapToLong(Thread::getId)
                .reduce((a, b) -> {
                    throw new IllegalStateException("more than one score log writer is running");
                })
                .orElseThrow();
    }

    private static List<ScoreRecord> scores(List<String> inputs, int rows, int leadIds) {
        Random random = new Random(42);
        Instant t0 = Instant.parse("2026-12-05T00:00:00Z");
        String[] reps = {"Dana Whitfield", "Arjun Mehta", "Lena Vogt", "Tom Okafor"};
        List<ScoreRecord> scores = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String input = inputs.get(i % inputs.size());
            // A CRM's record id (Salesforce's are 18 characters), drawn from LEAD_IDS leads; or the file's own id.
            String leadId = leadIds == 0 ? input.substring(12, input.indexOf('"', 12))
                    : String.format("00Q5e%013d", random.nextInt(leadIds));
            double probability = random.nextDouble();
            scores.add(new ScoreRecord(leadId, 3, probability, (int) Math.round(probability * 100), input,
                    t0.plusNanos(i * 71_000L), new UUID(random.nextLong(), random.nextLong()).toString(),
                    "ABCD".substring(i % 4, i % 4 + 1), "ABCD".substring(i % 3, i % 3 + 1), "p" + (i % 5),
                    reps[i % reps.length], i % 10 == 0));
        }
        return scores;
    }

    private static long count(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM score_log")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long sizeIfAny(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Counts the writer's transactions, so the table shows that both designs committed batches of one size. */
    private record CountingStore(FeedbackStore store, AtomicLong transactions) implements ScoreLogOnlyStore {
        @Override
        public void logScores(List<ScoreRecord> scores) {
            store.logScores(scores);
            transactions.incrementAndGet();
        }

        @Override
        public void close() {
        }
    }
}
