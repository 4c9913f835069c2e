package dev.propensity.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's one source of randomness, with the few distributions it needs.
 *
 * <p>The Gaussian is our own Box-Muller rather than {@code RandomGenerator.nextGaussian}, whose algorithm the JDK
 * may change, and all of the generator uses {@code StrictMath}, whose results are the same on every processor
 * ({@code Math.log} may differ in the last bit): the same seed must give byte-identical files everywhere.
 */
final class Draw {
    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian(double mean, double sd) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return mean + sd * StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * v);
    }

    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(gaussian(0.0, sigma));
    }

    /** Poisson by inversion: the rates used here are small, so this stays cheap and exact. */
    long poisson(double rate) {
        double limit = StrictMath.exp(-Math.min(rate, 500.0));
        long count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** A count whose rate itself varies from lead to lead (a gamma-Poisson mixture): over-dispersed, like real activity. */
    long overDispersedCount(double meanRate, double shape) {
        return poisson(meanRate * gamma(shape) / shape);
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang; shape below 1 is boosted in the usual way. */
    double gamma(double shape) {
        if (shape < 1.0) {
            return gamma(shape + 1.0) * StrictMath.pow(1.0 - random.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / StrictMath.sqrt(9.0 * d);
        while (true) {
            double x = gaussian(0.0, 1.0);
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1.0 - random.nextDouble();
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v;
            }
        }
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
