package dev.propensity.report;

import dev.propensity.train.RecipeSearch;
import java.util.ArrayList;
import java.util.List;

/** The report's recipe-search section: every setting tried on the validation part of the training rows. */
final class TuningHtml {
    private TuningHtml() {
    }

    static void render(List<RecipeSearch.Step> steps, StringBuilder body) {
        body.append("<h2>Recipe search: what each step gained</h2>\n<p class=\"note\">Chosen on a validation quarter of "
                + "the training rows (never the held-out leads): the rare-level threshold, the epochs (SGD's early "
                + "stopping is its regularisation), then screened pairs of fields, each kept only when validation log "
                + "loss drops by at least 0.0005. A kept interaction is explained as a field of its own.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (RecipeSearch.Step s : steps) {
            rows.add(List.of(s.step(), s.choice(), Labels.fixed(s.validationLogLoss(), 4), Labels.fixed(s.validationAuc(), 4),
                    Labels.signed(s.gain(), 4), s.kept() ? Html.judged("better") : "not kept"));
        }
        body.append(Html.table(List.of("Step", "Setting", "Validation log loss", "Validation AUC", "Gain", "Kept"), rows, null));
    }
}
