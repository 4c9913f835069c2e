package dev.propensity.server.scoring;

import dev.propensity.data.RowSource;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.features.LeadValues;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a file of leads row by row into CSV: one row is read, scored and written before the next is read,
 * so a file of any length is scored in constant memory. A row with a value of the wrong type is written
 * with an error instead of a score rather than stopping a long run.
 */
public final class FileScorer {
    // A power of two minus one: progress is told every 16,384 leads, often enough for a bar, rarely enough to cost nothing.
    private static final long PROGRESS_EVERY = (1 << 14) - 1;
    /** Reasons written per lead. */
    public static final int REASONS = 3;
    private static final List<String> HEADER = List.of("lead_id", "model_version", "probability", "score",
            "reason_1", "reason_2", "reason_3", "error");

    private final LoadedModel model;
    private final ReasonSentences sentences;

    public FileScorer(LoadedModel model) {
        this.model = model;
        this.sentences = new ReasonSentences(model.schema());
    }

    /** @return how many rows were scored (rows with errors included) */
    public long score(RowSource in, Writer out) throws IOException {
        return score(in, out, rows -> { });
    }

    /** {@link #score(RowSource, Writer)}, telling {@code progress} the number of leads scored now and then. */
    public long score(RowSource in, Writer out, java.util.function.LongConsumer progress) throws IOException {
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = in.header();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        out.write(CsvLine.of(HEADER));
        long rows = 0;
        String[] row;
        while ((row = in.next()) != null) {
            out.write(CsvLine.of(line(columns, row, in.position())));
            rows++;
            if ((rows & PROGRESS_EVERY) == 0) {
                progress.accept(rows);
            }
        }
        out.flush();
        return rows;
    }

    private List<String> line(Map<String, Integer> columns, String[] row, String position) {
        LeadValues lead = field -> {
            Integer index = columns.get(field);
            return index == null || index >= row.length ? null : row[index];
        };
        String id = model.schema().id() == null ? position : (String) lead.get(model.schema().id());
        List<String> line = new ArrayList<>(HEADER.size());
        line.add(id);
        line.add(Integer.toString(model.version()));
        try {
            Explanation explanation = model.scorer().explain(lead);
            line.add(String.format(Locale.ROOT, "%.6f", explanation.probability()));
            line.add(Long.toString(Math.round(explanation.probability() * 100)));
            List<Contribution> strongest = explanation.strongest(REASONS);
            boolean answered = model.scorer().pipeline().answeredSurvey(lead);
            for (int i = 0; i < REASONS; i++) {
                Contribution c = i < strongest.size() ? strongest.get(i) : null;
                line.add(c == null ? "" : sentences.sentence(c.field(), c.value(), c.logOdds(), answered));
            }
            line.add("");
        } catch (InvalidFieldException e) {
            for (int i = 0; i < 2 + REASONS; i++) {
                line.add("");
            }
            line.add(position + ": " + e.getMessage());
        }
        return line;
    }
}
