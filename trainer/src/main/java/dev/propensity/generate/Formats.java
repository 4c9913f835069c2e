package dev.propensity.generate;

/**
 * The few text formats the export needs, written by hand because {@code String.format} took a third of the
 * generator's time at a million leads.
 */
final class Formats {
    private Formats() {
    }

    /** {@code prefix} then {@code number} zero-padded to {@code width} digits (wider numbers are kept whole). */
    static String padded(String prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder text = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }

    /** A probability in [0, 1] with exactly six decimals, as in {@code 0.250000}. */
    static String sixDecimals(double probability) {
        long millionths = Math.round(probability * 1_000_000);
        return padded(millionths / 1_000_000 + ".", millionths % 1_000_000, 6);
    }
}
