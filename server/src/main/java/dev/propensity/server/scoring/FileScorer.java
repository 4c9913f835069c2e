package dev.propensity.server.scoring;

import dev.propensity.data.RowSource;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.features.LeadValues;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.server.grading.Graded;
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
    /** Reasons written per lead. */
    public static final int REASONS = 3;
    private static final List<String> HEADER = List.of("lead_id", "model_version", "probability", "score",
            "reason_1", "reason_2", "reason_3", "error");
    /** Columns appended for a version with grading. */
    private static final List<String> GRADE_COLUMNS = List.of("grade", "route", "fit_score", "engagement_score",
            "intent_score", "decided_by");

    /** Columns appended (after the grade columns) for a version with personas. */
    private static final List<String> PERSONA_COLUMNS = List.of("persona", "persona_margin", "recommended_rep",
            "recommended_product");

    private final LoadedModel model;
    private final ReasonSentences sentences;
    private final List<String> header;

    public FileScorer(LoadedModel model) {
        this.model = model;
        this.sentences = new ReasonSentences(model.schema());
        List<String> columns = new ArrayList<>(HEADER);
        if (model.grader().isPresent()) {
            columns.addAll(GRADE_COLUMNS);
        }
        if (model.personas().isPresent()) {
            columns.addAll(PERSONA_COLUMNS);
        }
        this.header = List.copyOf(columns);
    }

    /** Grade, route, the three sub-scores and what decided; empty cells for a version without grading. */
    private void grades(List<String> line, Explanation explanation, LeadValues lead, boolean answered) {
        if (model.grader().isEmpty()) {
            return;
        }
        Graded g = model.grader().get().grade(explanation, lead, lead::get, List.of(), java.time.Instant.now(),
                (field, value, c) -> sentences.sentence(field, value, c, answered));
        line.add(g.grade().name());
        line.add(g.route().text());
        line.add(Integer.toString(g.scores().fit().score()));
        line.add(Integer.toString(g.scores().engagement().score()));
        line.add(Integer.toString(g.scores().intent().score()));
        line.add(g.decidedBy().rule() == null ? g.decidedBy().reason() : g.decidedBy().rule());
    }

    /** @return how many rows were scored (rows with errors included) */
    public long score(RowSource in, Writer out) throws IOException {
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = in.header();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        out.write(CsvLine.of(header));
        long rows = 0;
        String[] row;
        while ((row = in.next()) != null) {
            out.write(CsvLine.of(line(columns, row, in.position())));
            rows++;
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
        List<String> line = new ArrayList<>(header.size());
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
            grades(line, explanation, lead, answered);
            model.personas().ifPresent(advisor -> persona(line, advisor.advise(lead, id, explanation.probability())));
        } catch (InvalidFieldException e) {
            for (int i = 0; i < 2 + REASONS; i++) {
                line.add("");
            }
            line.add(position + ": " + e.getMessage());
            for (int i = 0; model.grader().isPresent() && i < GRADE_COLUMNS.size(); i++) {
                line.add("");
            }
            model.personas().ifPresent(advisor -> PERSONA_COLUMNS.forEach(c -> line.add("")));
        }
        return line;
    }

    private static void persona(List<String> line, PersonaAdvisor.Advice advice) {
        line.add(advice.persona().id());
        line.add(String.format(Locale.ROOT, "%.3f", advice.persona().margin()));
        line.add(advice.recommendations().reps().isEmpty() ? "" : advice.recommendations().reps().get(0).rep());
        line.add(advice.recommendations().products().isEmpty() ? ""
                : advice.recommendations().products().get(0).product());
    }
}
