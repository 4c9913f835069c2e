package dev.propensity.grade;

/**
 * A text as grading compares it: stripped, each run of white space as one space, lower case. Intent values and
 * the override rules' operands are matched this way, so "Web  Form" is "web form". By hand rather than with a
 * regular expression, and without a copy when the text is already folded (most values: a CRM's lower-case codes),
 * as it runs several times for every scored lead.
 */
public final class FoldedText {
    private FoldedText() {
    }

    /** The folded text; the same instance when it is folded already. */
    public static String of(String raw) {
        if (isFolded(raw)) {
            return raw;
        }
        String text = raw.strip();
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** No white space but single spaces between words, and no character that lower-cases to another. */
    private static boolean isFolded(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (Character.isWhitespace(c) || Character.isSurrogate(c) || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }
}
