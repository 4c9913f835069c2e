package dev.propensity.report;

import dev.propensity.evaluate.Interval;
import dev.propensity.evaluate.MetricIntervals;
import java.util.ArrayList;
import java.util.List;

/** The report's "how sure" section: each held-out figure with its 95 % interval and the method behind it. */
final class IntervalsHtml {
    private IntervalsHtml() {
    }

    static void render(MetricIntervals intervals, int heldOut, StringBuilder body) {
        body.append("<h2>How sure: every figure with its 95 % interval</h2>\n<p class=\"note\">")
                .append(Html.escape("Measured on " + heldOut + " held-out leads. ROC AUC: DeLong's interval. The others: "
                        + intervals.resamples() + " bootstrap resamples of the held-out leads (seed " + intervals.seed()
                        + "), 2.5th to 97.5th percentile. A wide interval means too few held-out leads to tell; "
                        + "an AUC interval that includes 0.5 means no evidence the model ranks better than chance."))
                .append("</p>\n");
        List<List<String>> rows = new ArrayList<>();
        row(rows, "ROC AUC", intervals.rocAuc(), 3);
        row(rows, "PR AUC (average precision)", intervals.prAuc(), 3);
        row(rows, "Lift of the top 10 %", intervals.topDecileLift(), 2);
        row(rows, "Calibration error (ECE)", intervals.ece(), 3);
        row(rows, "Log loss", intervals.logLoss(), 4);
        row(rows, "Brier score", intervals.brier(), 4);
        row(rows, "Log loss gain over the base rate", intervals.logLossGain(), 4);
        body.append(Html.table(List.of("Figure", "Held-out value", "95 % interval", "Method"), rows, null));
    }

    /** Such as "95 % CI 0.781-0.843 (DeLong)", for a card's hint. */
    static String hint(Interval interval, int decimals) {
        return interval.known()
                ? "95 % CI " + Labels.fixed(interval.low(), decimals) + "–" + Labels.fixed(interval.high(), decimals)
                : "interval: too few held-out leads";
    }

    private static void row(List<List<String>> rows, String label, Interval interval, int decimals) {
        rows.add(List.of(label, Labels.fixed(interval.estimate(), decimals),
                interval.known() ? Labels.fixed(interval.low(), decimals) + " – " + Labels.fixed(interval.high(), decimals)
                        : "n/a", interval.method().startsWith("DeLong") ? "DeLong" : "bootstrap"));
    }
}
