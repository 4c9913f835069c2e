package dev.propensity.generate;

/**
 * Who the leads are: the mix of personas, industries, lead sources and company sizes. The shifted population
 * is the one drift tests compare against: more conservative and price-driven buyers, more traditional industries,
 * more paid and social traffic, larger companies. How a lead's traces turn into a chance to buy does not change
 * (see {@link PropensityTruth}): only who arrives does.
 *
 * @param personaWeights     by {@link Persona} ordinal
 * @param industryWeights    by {@link Industry} ordinal
 * @param sourceMultipliers  by {@link LeadSource} ordinal, applied on top of each persona's own preferences
 * @param logEmployeesMedian natural log of the median company's head count
 */
record Population(double[] personaWeights, double[] industryWeights, double[] sourceMultipliers,
                  double logEmployeesMedian) {

    static Population of(boolean shifted) {
        return shifted ? shifted() : standard();
    }

    static Population standard() {
        return new Population(
                new double[] {0.18, 0.30, 0.20, 0.14, 0.18},
                new double[] {0.18, 0.12, 0.10, 0.11, 0.09, 0.06, 0.05, 0.06, 0.05, 0.09, 0.04, 0.05},
                new double[] {1, 1, 1, 1, 1, 1, 1, 1},
                StrictMath.log(80));
    }

    static Population shifted() {
        return new Population(
                new double[] {0.10, 0.24, 0.28, 0.22, 0.16},
                new double[] {0.09, 0.12, 0.12, 0.17, 0.12, 0.06, 0.10, 0.04, 0.04, 0.06, 0.04, 0.04},
                new double[] {0.9, 0.6, 1.8, 0.6, 1.0, 1.0, 1.8, 1.0},
                StrictMath.log(250));
    }
}
