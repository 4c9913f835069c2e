package dev.propensity.server.grading;

import dev.propensity.grade.FoldedText;
import java.util.List;

/**
 * One test in a rule, such as {@code requested_call = true}, {@code score >= 70} or
 * {@code contact_title contains student}. Text compares case- and space-insensitively; numbers compare as
 * numbers. A missing field matches only {@code is missing}.
 *
 * @param field    the field or score asked about
 * @param operator the test
 * @param operands the value(s) compared with; empty for {@code is missing} and {@code is present}
 */
public record Condition(String field, Operator operator, List<String> operands) {
    /** The tests a condition can make. */
    public enum Operator {
        EQUALS("="), NOT_EQUALS("!="), GREATER(">"), AT_LEAST(">="), LESS("<"), AT_MOST("<="), IN("in"),
        CONTAINS("contains"), MISSING("is missing"), PRESENT("is present");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean numeric() {
            return this == GREATER || this == AT_LEAST || this == LESS || this == AT_MOST;
        }
    }

    public Condition {
        operands = List.copyOf(operands);
    }

    public boolean matches(Facts facts) {
        Object value = facts.get(field);
        boolean missing = value == null || (value instanceof String s && s.isBlank());
        if (operator == Operator.MISSING) {
            return missing;
        }
        if (operator == Operator.PRESENT) {
            return !missing;
        }
        if (missing) {
            return false;
        }
        return switch (operator) {
            case EQUALS -> equal(value, operands.get(0));
            case NOT_EQUALS -> !equal(value, operands.get(0));
            case IN -> anyEqual(value);
            case CONTAINS -> fold(value).contains(fold(operands.get(0)));
            case GREATER, AT_LEAST, LESS, AT_MOST -> compare(value);
            default -> false;
        };
    }

    private boolean anyEqual(Object value) {
        for (String operand : operands) {
            if (equal(value, operand)) {
                return true;
            }
        }
        return false;
    }

    private boolean compare(Object value) {
        double number = number(value);
        if (Double.isNaN(number)) {
            return false;
        }
        double operand = Double.parseDouble(operands.get(0));
        return switch (operator) {
            case GREATER -> number > operand;
            case AT_LEAST -> number >= operand;
            case LESS -> number < operand;
            case AT_MOST -> number <= operand;
            default -> false;
        };
    }

    private static boolean equal(Object value, String operand) {
        double a = number(value);
        double b = number(operand);
        if (!Double.isNaN(a) && !Double.isNaN(b)) {
            return a == b;
        }
        return fold(value).equals(fold(operand));
    }

    static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            String text = s.strip();
            // Most texts rules meet are words ("true", "B", a job title): they are told apart here, as parsing them
            // would throw, and an exception's stack trace, taken through Jetty's frames, cost more than the rest of
            // the grading (several per answer, one per word compared).
            if (!couldBeNumber(text)) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /**
     * False only for a text that {@link Double#parseDouble} certainly refuses: one whose first character after a
     * sign is none of a digit, a point, or the N and I of "NaN" and "Infinity".
     */
    static boolean couldBeNumber(String text) {
        int i = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= '0' && c <= '9') || c == '.' || c == 'N' || c == 'I';
    }

    /** Trimmed, inner runs of white space as one space, lower case: grading's one way of comparing texts. */
    static String fold(Object value) {
        return FoldedText.of(value.toString());
    }
}
