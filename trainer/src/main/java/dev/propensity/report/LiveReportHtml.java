package dev.propensity.report;

import java.util.ArrayList;
import java.util.List;

/** The live report's page, rendered from the same {@link LiveReport} as its JSON and embedding that JSON. */
public final class LiveReportHtml {
    private LiveReportHtml() {
    }

    /** The page for {@code report}; {@code json} must be {@link ReportJson#write} of the same report. */
    public static String render(LiveReport report, String json) {
        StringBuilder body = new StringBuilder();
        boolean major = report.alerts().stream().anyMatch(a -> a.severity().equals("major"));
        boolean moderate = report.alerts().stream().anyMatch(a -> a.severity().equals("moderate"));
        body.append("<header><h1>").append(Html.escape(report.title() + ": " + report.subject())).append("</h1><p class=\"sub\">")
                .append(Html.escape("Last " + report.windowDays() + " days: " + Labels.minute(report.windowStart()) + " to "
                        + Labels.minute(report.windowEnd()) + " UTC")).append("</p><div class=\"verdict ")
                .append(major ? "bad" : moderate ? "warn" : "ok").append("\">")
                .append(Html.escape(major ? "Needs attention: see the alerts below."
                        : moderate ? "Worth watching: some inputs have moved since training." : "No drift or quality problem found."))
                .append("</div></header>\n");
        LiveQuality q = report.overall();
        body.append("<section class=\"cards\">\n")
                .append(Html.card("Leads scored", "/scored", report.scored(), Long.toString(report.scored()), "in the window"))
                .append(Html.card("Outcomes returned", "/overall/outcomes", q.outcomes(), Long.toString(q.outcomes()),
                        q.wins() + " wins"))
                .append(Html.card("Live AUC", "/overall/auc", q.auc(), Labels.fixed(q.auc(), 3),
                        "at training: " + Labels.fixed(report.trainingAuc(), 3)))
                .append(Html.card("Calibration error", "/overall/ece", q.ece(), Labels.fixed(q.ece(), 3),
                        "predicted " + Labels.percent(q.meanPredicted()) + ", won " + Labels.percent(q.observedRate())))
                .append(Html.card("Top-decile lift", "/overall/top_decile_lift", q.topDecileLift(),
                        Labels.fixed(q.topDecileLift(), 2), "best 10 % against all"))
                .append(Html.card("Score PSI", "/score_shift/psi/value", report.scoreShift().psi().value(),
                        Labels.fixed(report.scoreShift().psi().value(), 3), report.scoreShift().level()))
                .append("</section>\n<h2>Alerts</h2>\n");
        if (report.alerts().isEmpty()) {
            body.append("<p class=\"note\">Nothing to report.</p>\n");
        }
        report.alerts().forEach(a -> body.append("<div class=\"alert ").append(Html.escape(a.severity())).append("\">")
                .append(Html.escape(a.message())).append("</div>\n"));
        body.append("<h2>Quality week by week</h2>\n<p class=\"note\">On the leads whose outcome came back; weeks with "
                + "few outcomes are noisy.</p>\n<div class=\"charts\">")
                .append(Html.chart("weekly-chart", "AUC and calibration error by week", false))
                .append(Html.chart("score-chart", "Scores served: training against recent", false)).append("</div>\n");
        List<List<String>> weeks = new ArrayList<>();
        for (LiveReport.Week w : report.weeks()) {
            LiveQuality wq = w.quality();
            weeks.add(List.of(w.weekStart(), Long.toString(w.scored()), Long.toString(wq.outcomes()), Long.toString(wq.wins()),
                    Labels.fixed(wq.auc(), 3), Labels.fixed(wq.ece(), 3), Labels.fixed(wq.topDecileLift(), 2)));
        }
        body.append(Html.table(List.of("Week from", "Scored", "Outcomes", "Wins", "AUC", "ECE", "Top-decile lift"), weeks, null));
        if (report.grades() != null && report.grades().path("outcomes_with_grade").asLong() > 0) {
            GradesHtml.render(report.grades(), "/grades", report.grades().path("outcomes_with_grade").asText()
                    + " outcomes returned in the window for leads scored with a grade, by the grade given at scoring time "
                    + "(override rules included); won value sums the won amounts the CRM sent.", body);
        }
        body.append("<h2>Drift since training</h2>\n<p class=\"note\">Population stability index of each input between the "
                + "champion's training data and recent traffic: below 0.1 stable, 0.1 to 0.25 a moderate shift, above 0.25 a major one.</p>\n")
                .append(Html.chart("psi-chart", "PSI by field", 70 + 30 * Math.min(report.fieldShifts().size(), 20)));
        List<List<String>> shifts = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (FieldShift f : report.fieldShifts()) {
            shifts.add(List.of(f.description(), Labels.fixed(f.psi().value(), 3), f.level()));
            classes.add(f.level().equals("major shift") ? "worse" : "");
        }
        body.append(Html.table(List.of("Field", "PSI", "Level"), shifts, classes));
        if (report.exploration() != null) {
            LiveExplorationHtml.append(report.exploration(), body);
        }
        body.append("<footer>Generated ").append(Html.escape(report.generatedAt()))
                .append(". Every figure on this page is also in the report's JSON.</footer>\n");
        return ReportPage.render(report.title() + " – " + report.subject(), body.toString(), json, "live-report.js");
    }
}
