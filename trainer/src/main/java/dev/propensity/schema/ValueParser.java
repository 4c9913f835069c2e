package dev.propensity.schema;

import java.util.Locale;
import java.util.Set;

/**
 * Turns raw values, as read from a file or received as JSON, into text, numbers and booleans.
 * Training and scoring both go through here, so a value means the same thing in both.
 */
public final class ValueParser {
    private final Set<String> missingTokens;
    private final int longestToken;

    /** By ASCII character: whether a missing token (lower-cased) starts with it. */
    private final boolean[] tokenStart = new boolean[128];

    public ValueParser(CsvFormat format) {
        this.missingTokens = format.missingSet();
        this.longestToken = missingTokens.stream().mapToInt(String::length).max().orElse(0);
        for (String token : missingTokens) {
            if (!token.isEmpty() && token.charAt(0) < 128) {
                tokenStart[token.charAt(0)] = true;
            }
        }
    }

    /** True when the value stands for "no value": null, blank, or one of the schema's missing tokens. */
    public boolean isMissing(Object raw) {
        if (raw == null) {
            return true;
        }
        if (raw instanceof Double d) {
            return d.isNaN();
        }
        if (raw instanceof String s) {
            // Most values are longer than any missing token and need no lower-cased copy to tell.
            if (s.length() > longestToken && !Character.isWhitespace(s.charAt(0))
                    && !Character.isWhitespace(s.charAt(s.length() - 1))) {
                return false;
            }
            return isMissingToken(s);
        }
        return false;
    }

    // Apart from the common case above so that isMissing stays small enough for the JIT to inline: scoring asks
    // it for every field of every lead.
    private boolean isMissingToken(String s) {
        String stripped = s.strip();
        if (!stripped.isEmpty()) {
            // A short value ("14", "true") is told from every token by its first character, without the set's
            // hashing and probing (a quarter of loading a million leads). Only an ASCII character is judged here:
            // lower-casing another one can give an ASCII letter.
            char first = stripped.charAt(0);
            if (first < 128 && !tokenStart[first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first]) {
                return false;
            }
        }
        return missingTokens.contains(stripped.toLowerCase(Locale.ROOT));
    }

    /** A category as text, or null when missing. Numbers are written without a trailing ".0" when whole. */
    public String text(Object raw) {
        if (isMissing(raw)) {
            return null;
        }
        if (raw instanceof String s) {
            // The usual case, ahead of the structure checks (a String is neither): an interface test that fails
            // costs a search of the class's interfaces, per field and lead.
            return s;
        }
        if (raw instanceof java.util.Map || raw instanceof java.util.Collection) {
            throw new IllegalArgumentException("expected a single value, got a structure");
        }
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        return raw.toString();
    }

    /**
     * A number, {@link Double#NaN} when missing.
     *
     * @throws NumberFormatException when the value is present but not a number
     */
    public double number(Object raw) {
        if (isMissing(raw)) {
            return Double.NaN;
        }
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String s = raw.toString().strip();
        double whole = wholeNumber(s);
        if (!Double.isNaN(whole)) {
            return whole;
        }
        double value = Double.parseDouble(s);
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            throw new NumberFormatException("not a finite number: " + s);
        }
        return value;
    }

    /** Digits that a double holds exactly: any whole number of at most this many digits. */
    private static final int EXACT_DIGITS = 15;

    /**
     * A plain whole number ("42", "-7", "0099") of at most {@link #EXACT_DIGITS} digits as the double
     * {@code Double.parseDouble} gives for it, without its parser (which allocated two buffers per value: a fifth of
     * the garbage of loading a million leads, whose counts and sizes are mostly whole); NaN for anything else,
     * "-0" included (-0.0 there), which then goes through {@code Double.parseDouble}.
     */
    static double wholeNumber(String s) {
        int length = s.length();
        boolean negative = length > 0 && s.charAt(0) == '-';
        int start = negative ? 1 : 0;
        if (length == start || length - start > EXACT_DIGITS) {
            return Double.NaN;
        }
        long value = 0;
        for (int i = start; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            value = value * 10 + (c - '0');
        }
        if (negative) {
            return value == 0 ? Double.NaN : -value;
        }
        return value;
    }

    /**
     * A boolean as 1 or 0, NaN when missing. Accepts true/false, yes/no, y/n, 1/0.
     *
     * @throws IllegalArgumentException when the value is present but not a yes/no answer
     */
    public double bool(Object raw) {
        if (isMissing(raw)) {
            return Double.NaN;
        }
        if (raw instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            if (d == 0 || d == 1) {
                return d;
            }
            throw new IllegalArgumentException("expected a yes/no value, got " + raw);
        }
        return yesOrNo(raw);
    }

    // The text spellings apart, so that bool stays small enough for the JIT to inline for JSON's true and false.
    private static double yesOrNo(Object raw) {
        switch (raw.toString().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "1.0", "t":
                return 1;
            case "false", "no", "n", "0", "0.0", "f":
                return 0;
            default:
                throw new IllegalArgumentException("expected a yes/no value, got '" + raw + "'");
        }
    }
}
