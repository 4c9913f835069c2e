import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * Ideas for a cheaper score log insert, measured on plain JDBC without the writer around it: ROWS rows of the score
 * log (each lead's JSON from LEADS.jsonl as the input) inserted into a new SQLite file (WAL, synchronous=NORMAL)
 * in transactions of TX rows, by the calling thread, whose CPU time per row is printed; each variant twice, in turn.
 * A variant is a '+'-joined list of: base (the schema and statement of before issue 13's writer change),
 * nolead / notime / leadonly (without the lead index, without the time index, the lead index on lead_id alone),
 * reuse (one prepared statement for every transaction), multiN (N rows per INSERT statement), blob (the input bound
 * as UTF-8 bytes), pageN, cacheKIB, ckptPAGES (wal_autocheckpoint), jslBYTES (journal_size_limit), mmapBYTES.
 * Also prints what compressing an input with a dictionary and preparing the insert statement cost.
 *
 * <p>Usage: {@code java -cp "$(cat server/target/bench.classpath)" benchmarks/ScoreLogInsertIdeas.java LEADS.jsonl
 * ROWS TX LEAD_IDS FOLDER VARIANT...} (LEAD_IDS distinct ids drawn at random; 0 = 1,000 leads in turn);
 * {@code benchmarks/score-log-writer.sh} with {@code IDEAS=1} runs it.
 */
public class ScoreLogInsertIdeas {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String COLUMNS = "INSERT INTO score_log (lead_id, model_version, probability, score,"
            + " input_json, scored_at_micros, request_id, grade, quadrant, persona_id, recommended_rep, explored) VALUES ";
    private static final String ONE_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static List<String> inputs;
    private static String[] leadIds;

    public static void main(String[] args) throws Exception {
        inputs = Files.readAllLines(Path.of(args[0]));
        int rows = Integer.parseInt(args[1]);
        int tx = Integer.parseInt(args[2]);
        int distinct = Integer.parseInt(args[3]);
        Path folder = Files.createDirectories(Path.of(args[4]));
        Random random = new Random(7);
        leadIds = new String[rows];
        for (int i = 0; i < rows; i++) {
            leadIds[i] = distinct == 0 ? String.format("L%07d", i % 1000) : String.format("00Q5e%013d", random.nextInt(distinct));
        }
        List<String> variants = Arrays.asList(args).subList(5, args.length);
        System.out.printf("| variant | CPU per row (µs), run 1 | run 2 | database + WAL (MB) |%n|---|---:|---:|---:|%n");
        List<List<String>> results = new ArrayList<>();
        for (String variant : variants) {
            results.add(new ArrayList<>(List.of(variant)));
        }
        for (int round = 0; round < 2; round++) {
            for (int v = 0; v < variants.size(); v++) {
                double[] run = run(variants.get(v), rows, tx, folder);
                results.get(v).add(String.format("%.2f", run[0]));
                if (round == 1) {
                    results.get(v).add(String.format("%.1f", run[1]));
                }
            }
        }
        results.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
        System.out.println();
        otherCosts(folder);
    }

    private static double[] run(String variant, int rows, int tx, Path parent) throws Exception {
        Path folder = Files.createTempDirectory(parent, "ideas");
        Path file = folder.resolve("feedback.db");
        Set<String> options = new HashSet<>(Arrays.asList(variant.split("\\+")));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = connection.createStatement()) {
                // The page size must be set before the WAL is.
                option(options, "page").ifPresent(v -> exec(statement, "PRAGMA page_size = " + v));
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
                option(options, "cache").ifPresent(v -> exec(statement, "PRAGMA cache_size = -" + v));
                option(options, "ckpt").ifPresent(v -> exec(statement, "PRAGMA wal_autocheckpoint = " + v));
                option(options, "jsl").ifPresent(v -> exec(statement, "PRAGMA journal_size_limit = " + v));
                option(options, "mmap").ifPresent(v -> exec(statement, "PRAGMA mmap_size = " + v));
                statement.execute("CREATE TABLE score_log (id INTEGER PRIMARY KEY, lead_id TEXT NOT NULL,"
                        + " model_version INTEGER NOT NULL, probability DOUBLE PRECISION NOT NULL, score INTEGER NOT NULL,"
                        + " input_json TEXT NOT NULL, scored_at_micros BIGINT NOT NULL, request_id TEXT NOT NULL,"
                        + " grade VARCHAR(1), quadrant VARCHAR(1), persona_id TEXT, recommended_rep TEXT, explored BOOLEAN)");
                if (options.contains("leadonly")) {
                    statement.execute("CREATE INDEX score_log_lead ON score_log (lead_id)");
                } else if (!options.contains("nolead")) {
                    statement.execute("CREATE INDEX score_log_lead_time ON score_log (lead_id, scored_at_micros)");
                }
                if (!options.contains("notime")) {
                    statement.execute("CREATE INDEX score_log_time ON score_log (scored_at_micros)");
                }
            }
            int perStatement = option(options, "multi").map(Integer::parseInt).orElse(1);
            boolean reuse = options.contains("reuse");
            boolean blob = options.contains("blob");
            connection.setAutoCommit(false);
            PreparedStatement multi = connection.prepareStatement(COLUMNS + String.join(", ", Collections.nCopies(perStatement, ONE_ROW)));
            PreparedStatement single = connection.prepareStatement(COLUMNS + ONE_ROW);
            long micros = 1_764_900_000_000_000L;
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            for (int start = 0; start < rows; start += tx) {
                int end = Math.min(rows, start + tx);
                PreparedStatement each = reuse ? single : connection.prepareStatement(COLUMNS + ONE_ROW);
                int i = start;
                if (perStatement > 1) {
                    for (; i + perStatement <= end; i += perStatement) {
                        int column = 1;
                        for (int j = i; j < i + perStatement; j++) {
                            column = bind(multi, column, j, micros + j * 50L, blob);
                        }
                        multi.executeUpdate();
                    }
                }
                for (; i < end; i++) {
                    bind(each, 1, i, micros + i * 50L, blob);
                    each.addBatch();
                }
                each.executeBatch();
                if (!reuse) {
                    each.close();
                }
                connection.commit();
            }
            long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
            long bytes = Files.size(file) + (Files.exists(Path.of(file + "-wal")) ? Files.size(Path.of(file + "-wal")) : 0);
            return new double[] {cpu / 1e3 / rows, bytes / 1e6};
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static int bind(PreparedStatement insert, int column, int i, long micros, boolean blob) throws SQLException {
        insert.setString(column++, leadIds[i]);
        insert.setInt(column++, 3);
        insert.setDouble(column++, 0.1 + (i % 97) / 200.0);
        insert.setInt(column++, i % 100);
        String input = inputs.get(i % inputs.size());
        if (blob) {
            insert.setBytes(column++, input.getBytes(StandardCharsets.UTF_8));
        } else {
            insert.setString(column++, input);
        }
        insert.setLong(column++, micros);
        insert.setString(column++, new java.util.UUID(i, 31L * i).toString());
        insert.setString(column++, "B");
        insert.setString(column++, "C");
        insert.setString(column++, "p2");
        insert.setString(column++, "Dana Whitfield");
        insert.setBoolean(column++, false);
        return column;
    }

    /** What compressing each input would cost, and what preparing the insert once per transaction costs. */
    private static void otherCosts(Path folder) throws Exception {
        byte[] dictionary = inputs.get(0).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[8192];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        long raw = 0;
        long packed = 0;
        int n = 200_000;
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            byte[] input = inputs.get(i % inputs.size()).getBytes(StandardCharsets.UTF_8);
            deflater.reset();
            deflater.setDictionary(dictionary);
            deflater.setInput(input);
            deflater.finish();
            packed += deflater.deflate(out);
            raw += input.length;
        }
        System.out.printf("Deflate (level 1, a lead's JSON as the dictionary): %.2f µs of CPU per input, %d bytes to %d.%n",
                (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3 / n, raw / n, packed / n);
        Path file = Files.createTempDirectory(folder, "prepare").resolve("feedback.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE score_log (id INTEGER PRIMARY KEY, lead_id TEXT, model_version INTEGER,"
                    + " probability DOUBLE PRECISION, score INTEGER, input_json TEXT, scored_at_micros BIGINT,"
                    + " request_id TEXT, grade VARCHAR(1), quadrant VARCHAR(1), persona_id TEXT, recommended_rep TEXT,"
                    + " explored BOOLEAN)");
            int prepares = 20_000;
            for (int round = 0; round < 2; round++) {
                cpu0 = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < prepares; i++) {
                    connection.prepareStatement(COLUMNS + ONE_ROW).close();
                }
            }
            System.out.printf("Preparing and closing the insert statement: %.2f µs of CPU.%n",
                    (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3 / prepares);
        }
    }

    private static java.util.Optional<String> option(Set<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix) && o.length() > prefix.length()
                && Character.isDigit(o.charAt(prefix.length()))).map(o -> o.substring(prefix.length())).findFirst();
    }

    private static void exec(Statement statement, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
