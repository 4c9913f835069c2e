package dev.propensity.server.config;

import dev.propensity.server.grading.RuleSet;
import java.util.Objects;

/**
 * How the server grades beyond what a version learnt: the override rules, and thresholds that replace the
 * version's training quantiles (NaN keeps the version's).
 *
 * @param rules               override rules, read and checked at start
 * @param fitThreshold        fit probability from which fit is high, or NaN
 * @param engagementThreshold engagement probability from which engagement is high, or NaN
 */
public record GradingConfig(RuleSet rules, double fitThreshold, double engagementThreshold) {
    public static final GradingConfig NONE = new GradingConfig(RuleSet.NONE, Double.NaN, Double.NaN);

    public GradingConfig {
        Objects.requireNonNull(rules, "rules");
    }
}
