package dev.propensity.report;

import dev.propensity.train.CrossValidation;
import java.util.ArrayList;
import java.util.List;

/** The report's cross-validation section: one row per fold, the pooled row and the spread. */
final class CrossValidationHtml {
    private CrossValidationHtml() {
    }

    static void render(CrossValidationSection cv, StringBuilder body) {
        body.append("<h2>Cross-validation: the same recipe judged on every lead once</h2>\n<p class=\"note\">")
                .append(Html.escape(cv.summary() + ". Each fold trains on the others and predicts its own leads; "
                        + "the pooled row scores every lead's out-of-fold probability together. The spread between "
                        + "folds is how much one held-out split can move the figures."))
                .append("</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (CrossValidation.Fold f : cv.folds()) {
            rows.add(List.of("Fold " + f.fold(), Long.toString(f.test().rows()), Long.toString(f.test().wins()),
                    Labels.fixed(f.test().rocAuc(), 3), range(f.rocAuc().low(), f.rocAuc().high()),
                    Labels.fixed(f.test().prAuc(), 3), Labels.fixed(f.test().logLoss(), 4), Labels.fixed(f.test().ece(), 3)));
        }
        rows.add(List.of("Pooled", Long.toString(cv.pooled().rows()), Long.toString(cv.pooled().wins()),
                Labels.fixed(cv.pooled().rocAuc(), 3),
                range(cv.pooledIntervals().rocAuc().low(), cv.pooledIntervals().rocAuc().high()),
                Labels.fixed(cv.pooled().prAuc(), 3), Labels.fixed(cv.pooled().logLoss(), 4), Labels.fixed(cv.pooled().ece(), 3)));
        rows.add(List.of("Base rate", Long.toString(cv.pooledBaseline().rows()), Long.toString(cv.pooledBaseline().wins()),
                "0.500", "–", Labels.fixed(cv.pooledBaseline().baseRate(), 3), Labels.fixed(cv.pooledBaseline().logLoss(), 4),
                Labels.fixed(cv.pooledBaseline().ece(), 3)));
        rows.add(List.of("Folds' sd", "", "", Labels.fixed(cv.rocAuc().sd(), 3), "", Labels.fixed(cv.prAuc().sd(), 3),
                Labels.fixed(cv.logLoss().sd(), 4), Labels.fixed(cv.ece().sd(), 3)));
        body.append(Html.table(List.of("", "Leads", "Wins", "ROC AUC", "95 % interval (DeLong)", "PR AUC", "Log loss", "ECE"),
                rows, null));
    }

    private static String range(double low, double high) {
        return Double.isFinite(low) ? Labels.fixed(low, 3) + " – " + Labels.fixed(high, 3) : "n/a";
    }
}
