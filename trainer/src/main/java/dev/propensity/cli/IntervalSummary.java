package dev.propensity.cli;

import dev.propensity.evaluate.Interval;
import dev.propensity.evaluate.MetricIntervals;
import java.util.Locale;

/** The line {@code train} and {@code evaluate} print under the held-out figures: how sure each one is. */
final class IntervalSummary {
    private IntervalSummary() {
    }

    static String line(MetricIntervals m) {
        return String.format(Locale.ROOT, "95%% CI ROC AUC %s (DeLong)  PR AUC %s  top-decile lift %s  ECE %s"
                        + "  log loss %s  (bootstrap, %d resamples, seed %d)",
                range(m.rocAuc(), 4), range(m.prAuc(), 4), range(m.topDecileLift(), 2), range(m.ece(), 4),
                range(m.logLoss(), 4), m.resamples(), m.seed());
    }

    private static String range(Interval interval, int decimals) {
        return interval.known()
                ? String.format(Locale.ROOT, "%." + decimals + "f-%." + decimals + "f", interval.low(), interval.high())
                : "n/a";
    }
}
