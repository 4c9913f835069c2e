package dev.propensity.server.grading;

/**
 * A number rounded to three decimals, printed as {@code Double.toString(Math.round(x * 1000) / 1000.0)} prints it
 * ("0.512", "0.5", "1.0", "-0.03"), with integer arithmetic: every threshold-decided answer carries four such
 * numbers, and JDK 17's {@code Double.toString} costs about a microsecond each.
 */
final class ThreeDecimals {
    /** Beyond this (in thousandths) Double.toString switches to scientific notation; we hand those over to it. */
    private static final long PLAIN_LIMIT = 10_000_000_000L;

    private ThreeDecimals() {
    }

    static String format(double x) {
        return append(new StringBuilder(12), x).toString();
    }

    /** Appends the number as {@link #format} prints it. */
    static StringBuilder append(StringBuilder text, double x) {
        long thousandths = Math.round(x * 1000);
        if (!Double.isFinite(x) || Math.abs(thousandths) >= PLAIN_LIMIT) {
            return text.append(thousandths / 1000.0);
        }
        if (thousandths < 0) {
            text.append('-');
            thousandths = -thousandths;
        }
        text.append(thousandths / 1000).append('.');
        int fraction = (int) (thousandths % 1000);
        if (fraction == 0) {
            return text.append('0');
        }
        text.append((char) ('0' + fraction / 100));
        if (fraction % 100 != 0) {
            text.append((char) ('0' + fraction / 10 % 10));
            if (fraction % 10 != 0) {
                text.append((char) ('0' + fraction % 10));
            }
        }
        return text;
    }
}
