package dev.propensity.server.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.grade.Grade;
import dev.propensity.grade.GradeReport;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.OutcomeWithInput;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversion and won value by the grade each lead was given when scored (rules included), over the outcomes
 * that came back in a window: the live check that A holds most of the wins in a small share of leads and
 * converts many times more often than D.
 */
public final class LiveGrades {
    private final FeedbackStore store;
    private final Clock clock;

    public LiveGrades(FeedbackStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ObjectNode report(ReportWindow window) {
        List<OutcomeWithInput> rows = store.outcomesWithInputs(clock.instant().minus(Duration.ofDays(window.days())));
        List<Grade> grades = new ArrayList<>();
        List<Byte> won = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        for (OutcomeWithInput row : rows) {
            if (row.score().grade() == null) {
                continue;
            }
            Grade.parse(row.score().grade()).ifPresent(g -> {
                grades.add(g);
                boolean win = row.outcome().outcome().wireName().equals("won");
                won.add((byte) (win ? 1 : 0));
                amounts.add(win ? row.outcome().amount().map(java.math.BigDecimal::doubleValue).orElse(0.0) : 0.0);
            });
        }
        byte[] w = new byte[won.size()];
        double[] a = new double[amounts.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = won.get(i);
            a[i] = amounts.get(i);
        }
        ObjectNode json = GradeReport.of(grades.toArray(Grade[]::new), w, a).toJson();
        json.put("days", window.days());
        json.put("outcomes", rows.size());
        json.put("outcomes_with_grade", grades.size());
        json.put("note", "grades as given at scoring time, override rules included; won_value sums the won amounts");
        return json;
    }
}
