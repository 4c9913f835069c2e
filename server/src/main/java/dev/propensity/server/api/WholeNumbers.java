package dev.propensity.server.api;

/**
 * The text of a whole-number double as {@code Double.toString} and the mapper print it ("28.0", "-3.0"), for the
 * small whole numbers that most of a lead's numeric values are, kept ready for 0 to 9,999.
 */
final class WholeNumbers {
    private static final int KEPT = 10_000;
    private static final String[] TEXTS = new String[KEPT];

    static {
        for (int i = 0; i < KEPT; i++) {
            TEXTS[i] = i + ".0";
        }
    }

    private WholeNumbers() {
    }

    /** @param n a whole number whose double is below 10^7 in size, where the plain notation holds */
    static String text(long n) {
        return n >= 0 && n < KEPT ? TEXTS[(int) n] : n + ".0";
    }
}
