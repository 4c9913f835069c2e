package dev.propensity.match;

/**
 * A beta prior Beta(α₀, β₀) for the win rates of a set of groups (the reps or products of one persona), fitted
 * to the groups themselves by the method of moments (empirical Bayes). With N = Σ nᵢ, rᵢ = sᵢ / nᵢ:
 * m = Σ sᵢ / N, s² = Σ nᵢ (rᵢ - m)² / N, and the spread the binomial alone would give, g · m (1 - m) / N for g
 * groups; what is left, τ² = s² - g · m (1 - m) / N, is the real spread between groups, and
 * κ = α₀ + β₀ = m (1 - m) / τ² - 1, α₀ = m κ, β₀ = (1 - m) κ. A group's smoothed rate is
 * (sᵢ + α₀) / (nᵢ + κ): so 2 wins of 2 do not beat 60 of 100. When the groups differ no more than chance says
 * (τ² ≤ 0), κ is {@value #MAX_STRENGTH}: every group gets the common rate.
 *
 * @param alpha α₀
 * @param beta  β₀
 */
public record BetaBinomialPrior(double alpha, double beta) {
    /** The prior strength used when the groups show no real spread. */
    public static final double MAX_STRENGTH = 1e6;

    /**
     * @param successes wins per group (may be fractional, as for propensity-adjusted wins)
     * @param trials    deals per group; groups without deals are ignored
     */
    public static BetaBinomialPrior fit(double[] successes, double[] trials) {
        double n = 0;
        double s = 0;
        int groups = 0;
        for (int i = 0; i < trials.length; i++) {
            if (trials[i] > 0) {
                n += trials[i];
                s += successes[i];
                groups++;
            }
        }
        if (n == 0) {
            return new BetaBinomialPrior(0.5, 0.5);
        }
        double m = Math.min(1 - 1e-9, Math.max(1e-9, s / n));
        double spread = 0;
        for (int i = 0; i < trials.length; i++) {
            if (trials[i] > 0) {
                double r = successes[i] / trials[i];
                spread += trials[i] * (r - m) * (r - m) / n;
            }
        }
        double between = spread - groups * m * (1 - m) / n;
        double strength = between <= 0 ? MAX_STRENGTH : Math.min(MAX_STRENGTH, Math.max(0, m * (1 - m) / between - 1));
        return new BetaBinomialPrior(m * strength, (1 - m) * strength);
    }

    public double strength() {
        return alpha + beta;
    }

    public double mean() {
        return alpha / strength();
    }

    /** (successes + α₀) / (trials + α₀ + β₀). */
    public double smoothed(double successes, double trials) {
        return (successes + alpha) / (trials + strength());
    }
}
