package dev.propensity.generate;

/**
 * What to generate.
 *
 * @param leads how many leads, 1 to {@value #MAX_LEADS}
 * @param seed  the random seed: the same settings always give byte-identical files
 * @param shift generate the shifted population (for drift tests) instead of the standard one
 */
public record GeneratorSettings(long leads, long seed, boolean shift) {
    /** Lead ids have seven digits. */
    public static final long MAX_LEADS = 9_999_999;

    /** @throws IllegalArgumentException when {@code leads} is out of range, with a message fit for a user */
    public GeneratorSettings {
        if (leads < 1 || leads > MAX_LEADS) {
            throw new IllegalArgumentException("the number of leads must be between 1 and " + MAX_LEADS
                    + ", not " + leads);
        }
    }
}
