package dev.propensity.report;

import java.util.ArrayList;
import java.util.List;

/** The report index's page, rendered from the same {@link ReportIndex} as its JSON and embedding that JSON. */
public final class ReportIndexHtml {
    private ReportIndexHtml() {
    }

    /** The page for {@code index}; {@code json} must be {@link ReportJson#write} of the same index. */
    public static String render(ReportIndex index, String json) {
        StringBuilder body = new StringBuilder("<header><h1>").append(Html.escape(index.title())).append("</h1><p class=\"sub\">")
                .append(Html.escape(index.champion() == null ? "No champion yet." : "Champion: " + index.champion() + "."))
                .append("</p></header>\n");
        if (index.champion() != null) {
            body.append("<p><a class=\"report-link\" href=\"").append(Html.escape(index.liveReport()))
                    .append("\">Live report of the champion</a>: how it is doing on recent traffic.</p>\n");
        }
        body.append("<h2>Versions</h2>\n<p class=\"note\">Figures are on each version's held-out leads at training time.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (ReportIndex.Entry e : index.versions()) {
            rows.add(List.of(link(e), e.champion() ? "<span class=\"better\">champion</span>" : "<span></span>",
                    e.createdAt(), Long.toString(e.testRows()), Labels.fixed(e.rocAuc(), 3), Labels.fixed(e.prAuc(), 3),
                    Labels.fixed(e.brier(), 4), Labels.fixed(e.ece(), 3)));
        }
        body.append(Html.table(List.of("Version", "", "Published", "Test leads", "ROC AUC", "PR AUC", "Brier", "ECE"),
                rows, null));
        if (rows.isEmpty()) {
            body.append("<p class=\"note\">The registry holds no versions yet.</p>\n");
        }
        body.append("<footer>Generated ").append(Html.escape(index.generatedAt()))
                .append(". Every figure on this page is also in the index's JSON.</footer>\n");
        return ReportPage.render(index.title(), body.toString(), json, "report-index.js", false);
    }

    // Html.table keeps a cell starting with "<span" as markup; the link sits inside one for that reason.
    private static String link(ReportIndex.Entry e) {
        return "<span><a class=\"report-link\" href=\"" + Html.escape(e.report()) + "\">" + Html.escape(e.version())
                + "</a></span>";
    }
}
