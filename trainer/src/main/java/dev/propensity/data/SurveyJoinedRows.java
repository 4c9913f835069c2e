package dev.propensity.data;

import dev.propensity.schema.ValueParser;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of leads with their survey answers left-joined on by key, row by row: the survey file is held in memory
 * (it is the smaller side), the leads stream. Survey columns the leads file already has are not added twice.
 */
public final class SurveyJoinedRows implements RowSource {
    private final RowSource leads;
    private final SurveyAnswers answers;
    private final int keyAt;
    private final int[] surveyColumns;
    private final List<String> header;

    private SurveyJoinedRows(RowSource leads, SurveyAnswers answers, int keyAt, int[] surveyColumns, List<String> header) {
        this.leads = leads;
        this.answers = answers;
        this.keyAt = keyAt;
        this.surveyColumns = surveyColumns;
        this.header = header;
    }

    /**
     * @param key the column both files share, such as {@code lead_id}
     */
    public static SurveyJoinedRows of(RowSource leads, Path surveyFile, String key, Schema schema) throws IOException {
        ValueParser parser = new ValueParser(schema.format());
        SurveyAnswers answers = SurveyAnswers.read(surveyFile, key, schema, parser);
        List<String> leadHeader = leads.header();
        int keyAt = leadHeader.indexOf(key);
        if (keyAt < 0) {
            throw new DataException("the leads file has no column '" + key + "' to join the survey on; its columns are "
                    + leadHeader);
        }
        List<String> header = new ArrayList<>(leadHeader);
        List<Integer> added = new ArrayList<>();
        for (String column : answers.header()) {
            int at = answers.indexOf(column);
            if (at >= 0 && !leadHeader.contains(column)) {
                header.add(column);
                added.add(at);
            }
        }
        return new SurveyJoinedRows(leads, answers, keyAt, added.stream().mapToInt(Integer::intValue).toArray(),
                List.copyOf(header));
    }

    /** Opens the leads file by its extension and joins the survey on. */
    public static SurveyJoinedRows open(Path leadsFile, CsvFormat format, Path surveyFile, String key, Schema schema)
            throws IOException {
        RowSource leads = RowSources.open(leadsFile, format);
        try {
            return of(leads, surveyFile, key, schema);
        } catch (IOException | RuntimeException e) {
            leads.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String[] next() throws IOException {
        String[] row = leads.next();
        if (row == null) {
            return null;
        }
        String[] joined = java.util.Arrays.copyOf(row, header.size());
        String[] found = answers.answersFor(row[keyAt]);
        if (found != null) {
            for (int i = 0; i < surveyColumns.length; i++) {
                joined[row.length + i] = found[surveyColumns[i]];
            }
        }
        return joined;
    }

    @Override
    public String position() {
        return leads.position();
    }

    @Override
    public void close() throws IOException {
        leads.close();
    }
}
