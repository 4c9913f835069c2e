package dev.propensity.server.api;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The text of a whole-number double as {@code Double.toString} and the mapper print it ("28.0", "-3.0"), for the
 * small whole numbers that most of a lead's numeric values are, kept ready for 0 to 9,999.
 */
final class WholeNumbers {
    private static final int KEPT = 10_000;
    private static final SerializedString[] TEXTS = new SerializedString[KEPT];

    static {
        for (int i = 0; i < KEPT; i++) {
            TEXTS[i] = new SerializedString(i + ".0");
            TEXTS[i].asUnquotedUTF8();
        }
    }

    private WholeNumbers() {
    }

    /** @param n a whole number whose double is below 10^7 in size, where the plain notation holds */
    static SerializedString text(long n) {
        return n >= 0 && n < KEPT ? TEXTS[(int) n] : new SerializedString(n + ".0");
    }
}
