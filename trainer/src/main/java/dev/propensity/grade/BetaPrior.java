package dev.propensity.grade;

/**
 * A beta prior on conversion rates, fitted to many groups at once (empirical Bayes), so that a group seen twice
 * is pulled towards the average and a group seen a thousand times keeps its own rate:
 * {@code smoothed = (wins + alpha) / (n + alpha + beta)}.
 *
 * @param alpha prior wins
 * @param beta  prior losses
 */
public record BetaPrior(double alpha, double beta) {
    /** The prior strength is kept within these bounds: at least one pseudo-lead, at most ten thousand. */
    static final double MIN_STRENGTH = 1;
    static final double MAX_STRENGTH = 10_000;

    public BetaPrior {
        if (!(alpha > 0) || !(beta > 0)) {
            throw new IllegalArgumentException("beta prior needs positive alpha and beta, got " + alpha + ", " + beta);
        }
    }

    /** The prior's mean rate. */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** alpha + beta: how many leads' worth of evidence the prior counts as. */
    public double strength() {
        return alpha + beta;
    }

    public double smoothed(long wins, long n) {
        return (wins + alpha) / (n + alpha + beta);
    }

    /**
     * Method of moments over groups: the mean m is the pooled win rate; the spread of the true rates is the
     * observed variance of the group rates minus what binomial noise alone would give,
     * {@code tau2 = var(r) - mean(m(1-m)/n)}; then {@code alpha + beta = m(1-m)/tau2 - 1}, clamped to
     * [{@value #MIN_STRENGTH}, {@value #MAX_STRENGTH}] (the upper bound when the groups do not differ beyond noise).
     *
     * @param wins wins per group
     * @param n    leads per group (groups with none are skipped)
     */
    public static BetaPrior fit(long[] wins, long[] n) {
        long totalWins = 0;
        long total = 0;
        int groups = 0;
        for (int i = 0; i < n.length; i++) {
            if (n[i] > 0) {
                totalWins += wins[i];
                total += n[i];
                groups++;
            }
        }
        double m = total == 0 ? 0.5 : (double) totalWins / total;
        m = Math.min(Math.max(m, 1e-6), 1 - 1e-6);
        double variance = 0;
        double noise = 0;
        for (int i = 0; i < n.length; i++) {
            if (n[i] > 0) {
                double r = (double) wins[i] / n[i];
                variance += (r - m) * (r - m);
                noise += m * (1 - m) / n[i];
            }
        }
        double strength = MAX_STRENGTH;
        if (groups > 1) {
            double tau2 = variance / groups - noise / groups;
            if (tau2 > 0) {
                strength = Math.min(MAX_STRENGTH, Math.max(MIN_STRENGTH, m * (1 - m) / tau2 - 1));
            }
        }
        return new BetaPrior(m * strength, (1 - m) * strength);
    }
}
