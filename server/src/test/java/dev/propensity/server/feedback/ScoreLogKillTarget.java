package dev.propensity.server.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link ScoreLogCrashTest} kills: logs {@link #scores} through a {@link ScoreLogWriter} in batches of
 * 7 (so the last one is partial), waits for the flush, says so on standard output and then waits to be killed
 * with the writer and store still open, as a server would be.
 *
 * <p>Arguments: {@code sqlite FILE} or {@code postgres URL USER SCHEMA}.
 */
public final class ScoreLogKillTarget {
    /** What the process prints once every score is committed. */
    static final String FLUSHED = "flushed";
    static final int SCORES = 500;

    private ScoreLogKillTarget() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseConfig config = args[0].equals("sqlite") ? DatabaseConfig.sqliteFile(java.nio.file.Path.of(args[1]))
                : DatabaseConfig.of(args[1]).withCredentials(args[2], null).withSchema(args[3]);
        JdbcFeedbackStore store = JdbcFeedbackStore.open(config);
        ScoreLogWriter writer = new ScoreLogWriter(store, 1_000, 7, ScoreLogWriter.DEFAULT_LINGER_MILLIS);
        for (ScoreRecord score : scores()) {
            if (!writer.offer(score, 10_000)) {
                throw new IllegalStateException("no room for " + score.leadId());
            }
        }
        writer.flush();
        System.out.println(FLUSHED + " " + writer.counts().written());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** The scores the process logs, each field different from score to score; the same list every time. */
    static List<ScoreRecord> scores() {
        Instant t0 = Instant.parse("2026-12-05T02:00:00.000001Z");
        List<ScoreRecord> scores = new ArrayList<>(SCORES);
        for (int i = 0; i < SCORES; i++) {
            String lead = "00Q5e" + String.format("%013d", i * 7_919L % 1_000);
            scores.add(new ScoreRecord(lead, 1 + i % 3, i / (double) SCORES, i % 101,
                    "{\"lead_id\":\"" + lead + "\",\"industry\":\"Médias\",\"employees\":" + i + "}",
                    t0.plusNanos(i * 1_001_000L), "req-" + i, "ABCD".substring(i % 4, i % 4 + 1),
                    i % 5 == 0 ? null : "ABCD".substring(i % 3, i % 3 + 1), "p" + i % 6, i % 9 == 0 ? null : "rep " + i,
                    i % 10 == 0));
        }
        return scores;
    }
}
