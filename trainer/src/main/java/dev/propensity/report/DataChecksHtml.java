package dev.propensity.report;

import dev.propensity.evaluate.DataChecks;
import java.util.List;

/** The report's data checks: duplicates, held-out copies of training rows, constant fields, telling missingness. */
final class DataChecksHtml {
    private DataChecksHtml() {
    }

    static void render(DataChecks checks, StringBuilder body) {
        body.append("<h2>Data checks</h2>\n<p class=\"note\">Rows compared on every field and the outcome (ids and dates "
                + "left out). Held-out rows that copy a training row stay in the figures above and are flagged here.</p>\n");
        if (checks.notes().isEmpty()) {
            body.append("<p class=\"note\">No duplicate rows, no held-out copies of training rows, no constant fields, "
                    + "no field whose missing rate differs strongly between wins and losses.</p>\n");
            return;
        }
        body.append("<ul class=\"sentences problems\">");
        List<String> notes = checks.notes();
        notes.forEach(n -> body.append("<li>").append(Html.escape(n)).append("</li>"));
        body.append("</ul>\n");
    }
}
