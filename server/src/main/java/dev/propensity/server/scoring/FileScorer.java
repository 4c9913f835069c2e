package dev.propensity.server.scoring;

import dev.propensity.data.RowSource;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.features.LeadValues;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.server.account.AccountTally;
import dev.propensity.server.account.BuyingRole;
import dev.propensity.server.account.ContactScore;
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
    // A power of two minus one: progress is told every 16,384 leads, often enough for a bar, rarely enough to cost nothing.
    private static final long PROGRESS_EVERY = (1 << 14) - 1;
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

    private final AccountTally accounts;

    public FileScorer(LoadedModel model) {
        this(model, null);
    }

    /** @param accounts collects each graded contact under its account key (the schema's grading.account), or null */
    public FileScorer(LoadedModel model, AccountTally accounts) {
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
        this.accounts = accounts;
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
        var spec = model.grader().get().scorer().model().spec();
        if (accounts != null && spec.account().isPresent()) {
            Object account = lead.get(spec.account().get());
            Object email = lead.get("email");
            Object id = model.schema().id() == null ? null : lead.get(model.schema().id());
            String person = email != null && !email.toString().isBlank() ? email.toString().strip().toLowerCase(Locale.ROOT)
                    : id == null ? null : id.toString();
            boolean engaged = g.computed().engagement().probability() >= model.grader().get().thresholds().engagement();
            accounts.add(account == null ? null : account.toString(), new ContactScore(id == null ? null : id.toString(),
                    person, explanation.probability(), g.grade().name(), g.route().text(), engaged,
                    BuyingRole.of(lead.get(spec.title().orElse("contact_title")))));
        }
    }

    /** @return how many rows were scored (rows with errors included) */
    public long score(RowSource in, Writer out) throws IOException {
        return score(in, out, rows -> { });
    }

    /** {@link #score(RowSource, Writer)}, telling {@code progress} the number of leads scored now and then. */
    public long score(RowSource in, Writer out, java.util.function.LongConsumer progress) throws IOException {
        Map<String, Integer> columns = new HashMap<>();
        List<String> inputHeader = in.header();
        for (int i = 0; i < inputHeader.size(); i++) {
            columns.put(inputHeader.get(i), i);
        }
        out.write(CsvLine.of(header));
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
        LeadValues lead = ModelInput.of(model, field -> {
            Integer index = columns.get(field);
            return index == null || index >= row.length ? null : row[index];
        });
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
