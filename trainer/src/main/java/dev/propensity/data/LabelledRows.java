package dev.propensity.data;

import dev.propensity.schema.Schema;
import dev.propensity.schema.ValueParser;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labelled rows of a file as {@link LeadTableLoader} reads them, one row at a time: ids, outcomes, timestamps,
 * the feature columns (survey answers joined), and what was skipped or unreadable.
 *
 * <p>Apart from the loader's loop so that the JIT compiles the work of one row as a method of its own: inside the
 * loop it was compiled on the stack of the whole loader (on-stack replacement), and again after each first-time
 * event (the columns' first growth, a first missing label), five times on a million leads, the loading thread
 * running slower code meanwhile.
 */
final class LabelledRows {
    private final Schema schema;
    private final ValueParser parser;
    private final List<ColumnBuilder> builders;
    private final int idAt;
    private final int labelAt;
    private final int timeAt;
    private final int[] mainIndex;
    private final int[] surveyIndex;
    private final SurveyAnswers survey;
    private final int joinAt;
    private final RowCountEstimate estimate;
    private boolean sized;
    private String[] ids = new String[1024];
    private byte[] won = new byte[1024];
    private long[] times = new long[1024];
    private int size;
    private final Map<String, Long> labelValues = new TreeMap<>();
    private long unlabelled;
    private long badTimes;
    private long joined;

    /**
     * @param fileBytes   the file's size, from which the columns are sized once its first rows are read
     * @param idAt        the id column's place, -1 for none (the row number then serves)
     * @param timeAt      the timestamp column's place, -1 for none
     * @param mainIndex   by feature, its column in the file, or -1 when it comes from the survey
     * @param surveyIndex by feature, its column in the survey's answers
     * @param survey      the survey answers, or null
     * @param joinAt      the column holding the survey's key, when there is a survey
     */
    LabelledRows(Schema schema, ValueParser parser, List<ColumnBuilder> builders, long fileBytes, int idAt, int labelAt,
                 int timeAt, int[] mainIndex, int[] surveyIndex, SurveyAnswers survey, int joinAt) {
        this.schema = schema;
        this.parser = parser;
        this.builders = builders;
        this.estimate = new RowCountEstimate(fileBytes);
        this.idAt = idAt;
        this.labelAt = labelAt;
        this.timeAt = timeAt;
        this.mainIndex = mainIndex;
        this.surveyIndex = surveyIndex;
        this.survey = survey;
        this.joinAt = joinAt;
    }

    /** Adds the file's row number {@code rowNumber} (from 1); {@code source} tells its position for messages. */
    void add(String[] row, long rowNumber, RowSource source) {
        if (!sized && estimate.sample(row)) {
            sized = true;
            reserve(estimate.rows());
        }
        String label = row[labelAt];
        if (parser.isMissing(label)) {
            unlabelled++;
            return;
        }
        labelValues.merge(label.strip(), 1L, Long::sum);
        if (size == won.length) {
            grow(RowCountEstimate.grown(size));
        }
        ids[size] = idAt >= 0 ? row[idAt] : Long.toString(rowNumber);
        won[size] = (byte) (schema.label().isPositive(label) ? 1 : 0);
        if (timeAt >= 0) {
            times[size] = time(row[timeAt]);
        }
        String[] answers = survey == null ? null : survey.answersFor(row[joinAt]);
        if (answers != null) {
            joined++;
        }
        String where = source.position();
        for (int f = 0; f < builders.size(); f++) {
            String raw = mainIndex[f] >= 0 ? row[mainIndex[f]] : answers == null ? null : answers[surveyIndex[f]];
            builders.get(f).add(raw, where);
        }
        size++;
    }

    private long time(String text) {
        try {
            return Timestamps.epochMillis(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            badTimes++;
            return Timestamps.ABSENT;
        }
    }

    /** Room for {@code rows} rows in all, the loader's guess (see {@link RowCountEstimate}). */
    private void reserve(int rows) {
        if (rows > won.length) {
            grow(rows);
        }
        builders.forEach(b -> b.reserve(rows));
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        won = Arrays.copyOf(won, capacity);
        times = Arrays.copyOf(times, capacity);
    }

    int size() {
        return size;
    }

    String[] ids() {
        return ids.length == size ? ids : Arrays.copyOf(ids, size);
    }

    byte[] won() {
        return Arrays.copyOf(won, size);
    }

    long[] times() {
        return Arrays.copyOf(times, size);
    }

    /** Each label value seen (stripped), with its count. */
    Map<String, Long> labelValues() {
        return labelValues;
    }

    long unlabelled() {
        return unlabelled;
    }

    long badTimes() {
        return badTimes;
    }

    /** Rows that found survey answers. */
    long joined() {
        return joined;
    }
}
