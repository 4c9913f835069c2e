package dev.propensity.server.scoring;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A number as a reason sentence shows it: thousands grouped with commas, at most two decimals ("5,000",
 * "1,234.57"), exactly as {@code new DecimalFormat("#,##0.##")} in English writes it. Whole numbers, which most
 * CRM fields hold, are written directly: {@code DecimalFormat} was the costliest step of a sentence.
 */
final class GroupedNumber {
    /** DecimalFormat is costly to build and not thread-safe: one per thread, for numbers with decimals. */
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
    // Beyond this a double's whole part no longer fits a long exactly; DecimalFormat handles those.
    private static final double LARGEST_DIRECT = 1e15;

    private GroupedNumber() {
    }

    static String format(double n) {
        boolean negativeZero = n == 0 && Double.doubleToRawLongBits(n) != 0;
        if (n != Math.rint(n) || Math.abs(n) >= LARGEST_DIRECT || negativeZero) {
            return FORMAT.get().format(n);
        }
        String digits = Long.toString(Math.abs((long) n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
