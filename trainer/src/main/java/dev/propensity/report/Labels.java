package dev.propensity.report;

import java.util.Locale;

/** How numbers read in report sentences and range names: short, English, no needless decimals. */
public final class Labels {
    private Labels() {
    }

    /** 12,500 / 42 / 3.25 / 0.125; "n/a" when not finite. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 1) {
            return strip(String.format(Locale.ROOT, "%.2f", value));
        }
        return abs == 0 ? "0" : strip(String.format(Locale.ROOT, "%.3g", value));
    }

    /** 0.4567 as "45.7 %"; "n/a" when not finite. */
    public static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : "n/a";
    }

    /** A metric with a fixed number of decimals; "n/a" when not finite. */
    public static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
    }

    /** A difference with its sign, "+0.012" or "-0.004". */
    public static String signed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+." + decimals + "f", value) : "n/a";
    }

    private static String strip(String text) {
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** An ISO-8601 instant to the minute, "2026-11-22 21:06": the seconds and nanoseconds only get in a reader's way. */
    public static String minute(String instant) {
        return instant.length() >= 16 && instant.charAt(10) == 'T' ? instant.substring(0, 10) + " " + instant.substring(11, 16)
                : instant;
    }
}
