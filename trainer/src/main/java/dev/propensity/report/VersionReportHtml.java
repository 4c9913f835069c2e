package dev.propensity.report;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code report.html} of a model version, rendered from the same {@link VersionReport} as {@code report.json}
 * and embedding that JSON, from which its charts are drawn.
 */
public final class VersionReportHtml {
    private VersionReportHtml() {
    }

    /** The page for {@code report}; {@code json} must be {@link ReportJson#write} of the same report. */
    public static String render(VersionReport report, String json) {
        StringBuilder body = new StringBuilder();
        header(report, body);
        cards(report, body);
        if (report.comparison() != null) {
            comparison(report.comparison(), body);
        }
        if (report.intervals() != null) {
            IntervalsHtml.render(report.intervals(), report.data().testRows(), body);
        }
        if (report.crossValidation() != null) {
            CrossValidationHtml.render(report.crossValidation(), body);
        }
        if (!report.tuning().isEmpty()) {
            TuningHtml.render(report.tuning(), body);
        }
        if (report.refit()) {
            body.append("<p class=\"note\">The published model was refit on all ").append(report.data().rows())
                    .append(" leads after these figures were measured; they are the evaluated model's, on leads it had "
                            + "not seen.</p>\n");
        }
        discrimination(body);
        calibration(report, body);
        ranking(report.ranking(), body);
        if (report.grades() != null) {
            GradesHtml.render(report.grades(), "/grades", report.grades().path("rows").asText() + " held-out leads, graded "
                    + "by the fit × engagement thresholds alone (the server's override rules are not applied). The "
                    + "training data has no deal amounts, so there is no won value here; the live report has it.", body);
        }
        weights(report, body);
        segments(report, body);
        data(report.data(), body);
        if (report.checks() != null) {
            DataChecksHtml.render(report.checks(), body);
        }
        body.append("<footer>Generated ").append(Html.escape(report.generatedAt()))
                .append(" from the held-out leads only. Every figure on this page is also in report.json.</footer>\n");
        return ReportPage.render(report.title() + " – " + report.subject(), body.toString(), json, "version-report.js");
    }

    private static void header(VersionReport report, StringBuilder body) {
        String tone = !report.data().promotable() ? "bad"
                : report.comparison() != null && report.comparison().verdict().startsWith("worse") ? "warn" : "ok";
        body.append("<header><h1>").append(Html.escape(report.title())).append(": ")
                .append(Html.escape(report.subject())).append("</h1><p class=\"sub\">")
                .append(Html.escape(report.data().testRows() + " held-out leads of " + report.data().rows()
                        + " (" + report.data().split() + " split) · data " + report.data().file()))
                .append("</p><div class=\"verdict ").append(tone).append("\">").append(Html.escape(report.verdict()))
                .append("</div></header>\n");
    }

    private static void cards(VersionReport r, StringBuilder body) {
        body.append("<section class=\"cards\">\n")
                .append(Html.card("ROC AUC", "/discrimination/roc_auc", r.discrimination().rocAuc(),
                        Labels.fixed(r.discrimination().rocAuc(), 3), r.intervals() == null ? "0.5 is chance, 1 is perfect"
                                : IntervalsHtml.hint(r.intervals().rocAuc(), 3) + "; 0.5 is chance"))
                .append(Html.card("PR AUC", "/discrimination/pr_auc", r.discrimination().prAuc(),
                        Labels.fixed(r.discrimination().prAuc(), 3), (r.intervals() == null ? ""
                                : IntervalsHtml.hint(r.intervals().prAuc(), 3) + "; ") + "random: " + Labels.fixed(r.discrimination().baseRate(), 3)))
                .append(Html.card("Wins in top 20 %", "/ranking/wins_captured_top20", r.ranking().winsCapturedTop20(),
                        Labels.percent(r.ranking().winsCapturedTop20()), "of all wins, calling 1 lead in 5"))
                .append(Html.card("Wins in top 30 %", "/ranking/wins_captured_top30", r.ranking().winsCapturedTop30(),
                        Labels.percent(r.ranking().winsCapturedTop30()), "of all wins"))
                .append(Html.card("Top vs bottom decile", "/ranking/top_bottom_ratio", r.ranking().topBottomRatio(),
                        Double.isFinite(r.ranking().topBottomRatio()) ? "×" + Labels.number(r.ranking().topBottomRatio()) : "no bottom wins",
                        "win rate of best 10 % over worst 10 %"))
                .append(Html.card("Calibration error", "/calibration/ece", r.calibration().ece(),
                        Labels.fixed(r.calibration().ece(), 3), r.intervals() == null ? "mean gap predicted vs observed"
                                : IntervalsHtml.hint(r.intervals().ece(), 3) + "; mean gap predicted vs observed"))
                .append(Html.card("Brier score", "/calibration/brier", r.calibration().brier(),
                        Labels.fixed(r.calibration().brier(), 4), "always the win rate: " + Labels.fixed(r.calibration().baselineBrier(), 4)))
                .append(Html.card("Log loss", "/calibration/log_loss", r.calibration().logLoss(),
                        Labels.fixed(r.calibration().logLoss(), 4), "always the win rate: " + Labels.fixed(r.calibration().baselineLogLoss(), 4)))
                .append(Html.card("Win rate", "/data/base_rate", r.data().baseRate(), Labels.percent(r.data().baseRate()),
                        r.data().wins() + " wins, " + r.data().losses() + " losses"))
                .append(Html.card("Mean prediction", "/calibration/mean_predicted", r.calibration().meanPredicted(),
                        Labels.percent(r.calibration().meanPredicted()), "held-out win rate " + Labels.percent(r.calibration().observedRate())))
                .append("</section>\n");
    }

    private static void comparison(Comparison c, StringBuilder body) {
        body.append("<h2>Against the champion (").append(Html.escape(c.against())).append(")</h2>\n<p class=\"note\">")
                .append(Html.escape(c.verdict())).append(". Each model is measured on its own held-out leads.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Delta d : c.metrics()) {
            rows.add(List.of(d.label(), Labels.fixed(d.current(), 4), Labels.fixed(d.previous(), 4),
                    Labels.signed(d.difference(), 4), d.basis().equals("interval")
                            ? Labels.signed(d.differenceLow(), 4) + " to " + Labels.signed(d.differenceHigh(), 4) : "–",
                    Html.judged(d.judgement())));
        }
        body.append(Html.table(List.of("Metric", "This model", c.against(), "Difference", "95 % interval of the difference",
                "Verdict"), rows, null));
    }

    private static void discrimination(StringBuilder body) {
        body.append("<h2>Ranking: does a higher score mean a likelier win?</h2>\n<p class=\"note\">The ROC curve shows the "
                + "share of wins found against the share of losses called as the score threshold drops; the "
                + "precision-recall curve shows the win rate of the leads called.</p>\n<div class=\"charts\">")
                .append(Html.chart("roc-chart", "ROC curve", false)).append(Html.chart("pr-chart", "Precision and recall", false))
                .append("</div>\n");
    }

    private static void calibration(VersionReport r, StringBuilder body) {
        body.append("<h2>Calibration: can a 30 % score be read as a 30 % chance?</h2>\n<p class=\"note\">Leads grouped by "
                + "predicted probability; a calibrated model's points lie on the diagonal. Larger points hold more leads.</p>\n"
                + "<div class=\"charts\">").append(Html.chart("reliability-chart", "Predicted against observed", false));
        List<List<String>> rows = new ArrayList<>();
        r.calibration().reliability().bins().forEach(b -> rows.add(List.of(
                Labels.percent(b.from()) + " – " + Labels.percent(b.to()), Long.toString(b.count()),
                Labels.percent(b.meanPredicted()), Labels.percent(b.observedRate()))));
        body.append("<div>").append(Html.table(List.of("Predicted", "Leads", "Mean predicted", "Observed"), rows, null))
                .append("</div></div>\n");
    }

    private static void ranking(RankingValue r, StringBuilder body) {
        body.append("<h2>Value: what calling the best-scored leads first is worth</h2>\n<p class=\"note\">Held-out leads "
                + "sorted by score and cut into ten equal deciles. Lift is a decile's win rate over the overall win rate.</p>\n"
                + "<div class=\"charts\">").append(Html.chart("lift-chart", "Lift by decile", false))
                .append(Html.chart("gains-chart", "Cumulative gains", false)).append("</div>\n<div class=\"tables\"><div>");
        List<List<String>> deciles = new ArrayList<>();
        for (RankingValue.Decile d : r.deciles()) {
            deciles.add(List.of("D" + d.decile(), Long.toString(d.leads()), Long.toString(d.wins()),
                    Labels.percent(d.conversion()), Labels.fixed(d.lift(), 2), Labels.percent(d.cumulativeGain()),
                    Labels.percent(d.minScore()) + " – " + Labels.percent(d.maxScore())));
        }
        body.append(Html.table(List.of("Decile", "Leads", "Wins", "Win rate", "Lift", "Gain", "Scores"), deciles, null))
                .append("</div><div>");
        List<List<String>> top = new ArrayList<>();
        for (RankingValue.TopShare t : r.topShares()) {
            top.add(List.of("Top " + t.percent() + " %", Long.toString(t.leads()), Labels.percent(t.winsCaptured()),
                    Labels.percent(t.conversion()), Labels.fixed(t.lift(), 2)));
        }
        body.append(Html.table(List.of("Leads called", "Leads", "Wins captured", "Win rate", "Lift"), top, null))
                .append("</div></div>\n");
    }

    private static void weights(VersionReport r, StringBuilder body) {
        if (!r.data().dataSupportsModel()) {
            body.append("<h2>What drives the score</h2>\n<p class=\"note\">Nothing shown: the held-out leads give no "
                    + "evidence that this model is better than always answering the win rate, so its weights describe "
                    + "noise, not what makes a lead win.</p>\n");
            return;
        }
        body.append("<h2>What drives the score</h2>\n<p class=\"note\">How much each field moves a typical held-out lead's "
                + "score, and the values that raise or lower the odds of winning most against an average lead.</p>\n")
                .append(Html.chart("weights-chart", "Fields by influence", 70 + 30 * Math.min(r.weights().size(), 15))).append("<ul class=\"sentences\">\n");
        r.weights().stream().limit(12).forEach(w -> body.append("<li>").append(Html.escape(w.sentence())).append("</li>\n"));
        body.append("</ul>\n");
    }

    private static void segments(VersionReport r, StringBuilder body) {
        body.append("<h2>Quality by segment</h2>\n");
        if (r.segments().isEmpty()) {
            body.append("<p class=\"note\">The schema lists no segment fields.</p>\n");
            return;
        }
        body.append("<p class=\"note\">Grey rows have too few held-out leads to judge; their AUC is left out.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (SegmentQuality.Row s : r.segments()) {
            rows.add(List.of(s.field(), s.value(), Long.toString(s.count()), Long.toString(s.wins()),
                    Labels.percent(s.conversion()), Labels.percent(s.meanPredicted()),
                    s.auc() == null ? "–" : Labels.fixed(s.auc(), 3)));
            classes.add(s.small() ? "small" : "");
        }
        body.append(Html.table(List.of("Field", "Value", "Leads", "Wins", "Win rate", "Mean predicted", "AUC"), rows, classes));
    }

    private static void data(DataSummary d, StringBuilder body) {
        body.append("<h2>Data and leakage check</h2>\n<p class=\"note\">").append(Html.escape(d.rows() + " leads ("
                + d.wins() + " wins, " + d.losses() + " losses); " + d.trainRows() + " to learn from, " + d.testRows()
                + " held out" + (d.timeFrom() == null ? "." : "; from " + d.timeFrom() + " to " + d.timeTo() + ".")))
                .append("</p>\n");
        if (!d.guardProblems().isEmpty()) {
            body.append("<ul class=\"sentences problems\">");
            d.guardProblems().forEach(p -> body.append("<li>").append(Html.escape(p)).append("</li>"));
            body.append("</ul>\n");
        }
        body.append("<div class=\"tables\"><div>");
        List<List<String>> power = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (DataSummary.FieldAuc f : d.fieldAuc()) {
            power.add(List.of(f.field(), Labels.fixed(f.auc(), 3), f.leaky() ? "probable leakage" : ""));
            classes.add(f.leaky() ? "worse" : "");
        }
        body.append(Html.table(List.of("Field", "AUC on its own", ""), power, classes)).append("</div><div>");
        List<List<String>> missing = new ArrayList<>();
        for (DataSummary.Missing m : d.missing()) {
            missing.add(List.of(m.field(), Long.toString(m.count()), Labels.percent(m.share())));
        }
        body.append(Html.table(List.of("Field", "Missing", "Share"), missing, null)).append("</div></div>\n");
        if (!d.warnings().isEmpty()) {
            body.append("<ul class=\"sentences\">");
            d.warnings().forEach(w -> body.append("<li>").append(Html.escape(w)).append("</li>"));
            body.append("</ul>\n");
        }
    }
}
