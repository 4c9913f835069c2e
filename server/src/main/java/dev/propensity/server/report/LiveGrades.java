package dev.propensity.server.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.grade.Grade;
import dev.propensity.grade.GradeReport;
import dev.propensity.grade.QuadrantMatrix;
import dev.propensity.server.feedback.FeedbackStore;
import dev.propensity.server.feedback.OutcomeWithInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Conversion and won value by the grade each lead was given when scored (rules included), and by the fit ×
 * engagement quadrant its thresholds put it in, over the outcomes that came back in a window: the live check that
 * A holds most of the wins in a small share of leads and converts many times more often than D. Both tables are
 * counted by the same {@link GradeReport} and {@link QuadrantMatrix} as the version report.
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
        Graded byGrade = new Graded();
        Graded byQuadrant = new Graded();
        for (OutcomeWithInput row : rows) {
            boolean win = row.outcome().outcome().wireName().equals("won");
            double amount = win ? row.outcome().amount().map(BigDecimal::doubleValue).orElse(0.0) : 0.0;
            byGrade.add(row.score().grade(), win, amount);
            byQuadrant.add(row.score().quadrant(), win, amount);
        }
        ObjectNode json = GradeReport.of(byGrade.grades.toArray(Grade[]::new), byGrade.won(), byGrade.amounts()).toJson();
        json.put("days", window.days());
        json.put("outcomes", rows.size());
        json.put("outcomes_with_grade", byGrade.grades.size());
        json.put("outcomes_with_quadrant", byQuadrant.grades.size());
        json.set("quadrants", byQuadrant.quadrants().toJson());
        json.put("note", "grades as given at scoring time, override rules included; quadrants as the thresholds "
                + "placed each lead at scoring time, before rules (scores logged before quadrants were recorded have "
                + "none); won_value sums the won amounts");
        return json;
    }

    /** The outcomes that carry a grade letter (a given grade or a quadrant's), with win and amount. */
    private static final class Graded {
        final List<Grade> grades = new ArrayList<>();
        final List<Boolean> wins = new ArrayList<>();
        final List<Double> amounts = new ArrayList<>();

        void add(String letter, boolean win, double amount) {
            Optional<Grade> grade = letter == null ? Optional.empty() : Grade.parse(letter);
            grade.ifPresent(g -> {
                grades.add(g);
                wins.add(win);
                amounts.add(amount);
            });
        }

        byte[] won() {
            byte[] w = new byte[wins.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = (byte) (wins.get(i) ? 1 : 0);
            }
            return w;
        }

        double[] amounts() {
            return amounts.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** Reads each letter as the quadrant whose threshold grade it is. */
        QuadrantMatrix quadrants() {
            boolean[] fitHigh = new boolean[grades.size()];
            boolean[] engagementHigh = new boolean[grades.size()];
            for (int i = 0; i < fitHigh.length; i++) {
                fitHigh[i] = grades.get(i).fitHigh();
                engagementHigh[i] = grades.get(i).engagementHigh();
            }
            return QuadrantMatrix.of(fitHigh, engagementHigh, won(), amounts());
        }
    }
}
