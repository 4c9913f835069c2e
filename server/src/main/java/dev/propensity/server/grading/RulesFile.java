package dev.propensity.server.grading;

import dev.propensity.grade.Grade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an override rules file: one rule a line, {@code # comments} and blank lines ignored,
 * <pre>
 * requested_call = true                 -> A, sales, asked for a call
 * contact_title contains student        -> D, no follow-up, a student
 * score >= 60 and lead_source in [partner, referral] -> A, sdr, warm introduction with a good score
 * </pre>
 * Conditions are joined by {@code and}; a field or value with spaces or the word "and" is quoted ("Lead Source").
 * Every problem is reported with its file and line, and the whole file is refused: a half-read rule set would
 * route leads in ways nobody wrote.
 */
public final class RulesFile {
    private static final String ARROW = "->";

    private RulesFile() {
    }

    /** @throws RulesException naming the file (and line) that is wrong */
    public static RuleSet read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RulesException("rules file " + file + " does not exist");
        } catch (IOException e) {
            throw new RulesException("cannot read rules file " + file + ": " + e.getMessage());
        }
        return parse(text, file.getFileName().toString());
    }

    public static RuleSet parse(String text, String source) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            rules.add(rule(line, i + 1, source));
        }
        return new RuleSet(source, rules);
    }

    private static Rule rule(String line, int number, String source) {
        String where = source + " line " + number + ": ";
        int arrow = arrowIndex(line);
        if (arrow < 0 && line.chars().filter(c -> c == '"').count() % 2 == 1) {
            throw new RulesException(where + "a quote opened at column " + (line.lastIndexOf('"') + 1) + " is never closed");
        }
        if (arrow < 0) {
            throw new RulesException(where + "expected 'conditions -> grade, route, reason', found no '->'");
        }
        String left = line.substring(0, arrow).strip();
        String right = line.substring(arrow + ARROW.length()).strip();
        String[] parts = right.split(",", 3);
        if (parts.length < 3 || parts[2].isBlank()) {
            throw new RulesException(where + "after '->' expected 'grade, route, reason', got '" + right + "'");
        }
        Grade grade = Grade.parse(parts[0]).orElseThrow(() ->
                new RulesException(where + "unknown grade '" + parts[0].strip() + "', expected A, B, C or D"));
        Route route = Route.parse(parts[1]).orElseThrow(() ->
                new RulesException(where + "unknown route '" + parts[1].strip() + "', expected one of " + Route.known()));
        if (left.isEmpty()) {
            throw new RulesException(where + "no condition before '->'");
        }
        return new Rule(number, line, conditions(tokens(left, where), where), grade, route, parts[2].strip());
    }

    /** The first '->' outside quotes. */
    private static int arrowIndex(String line) {
        boolean quoted = false;
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && line.charAt(i + 1) == '>') {
                return i;
            }
        }
        return -1;
    }

    /** A token: its text and whether it was quoted (a quoted "and" is a value, not a joiner). */
    private record Token(String text, boolean quoted) {
        boolean is(String word) {
            return !quoted && text.equalsIgnoreCase(word);
        }
    }

    private static List<Token> tokens(String text, String where) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new RulesException(where + "a quote opened at column " + (i + 1) + " is never closed");
                }
                tokens.add(new Token(text.substring(i + 1, end), true));
                i = end + 1;
            } else if (c == '[' || c == ']' || c == ',') {
                tokens.add(new Token(String.valueOf(c), false));
                i++;
            } else if (c == '!' || c == '=' || c == '<' || c == '>') {
                int end = i + 1;
                if (end < text.length() && text.charAt(end) == '=') {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), false));
                i = end;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && "[],!=<>\"".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), false));
                i = end;
            }
        }
        return tokens;
    }

    private static List<Condition> conditions(List<Token> tokens, String where) {
        List<Condition> conditions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String field = tokens.get(i++).text();
            if (i >= tokens.size()) {
                throw new RulesException(where + "'" + field + "' has no test (=, !=, >, >=, <, <=, in, contains, is missing, is present)");
            }
            Token op = tokens.get(i++);
            Condition.Operator operator;
            List<String> operands = new ArrayList<>();
            if (op.is("is")) {
                Token what = i < tokens.size() ? tokens.get(i++) : new Token("", false);
                if (what.is("missing")) {
                    operator = Condition.Operator.MISSING;
                } else if (what.is("present")) {
                    operator = Condition.Operator.PRESENT;
                } else {
                    throw new RulesException(where + "'" + field + " is' must be followed by 'missing' or 'present', got '"
                            + what.text() + "'");
                }
            } else if (op.is("in")) {
                operator = Condition.Operator.IN;
                if (i >= tokens.size() || !tokens.get(i).is("[")) {
                    throw new RulesException(where + "'" + field + " in' expects a list such as [a, b]");
                }
                i++;
                StringBuilder item = new StringBuilder();
                boolean closed = false;
                while (i < tokens.size()) {
                    Token t = tokens.get(i++);
                    if (t.is("]") || t.is(",")) {
                        if (!item.isEmpty()) {
                            operands.add(item.toString());
                        }
                        item.setLength(0);
                        if (t.is("]")) {
                            closed = true;
                            break;
                        }
                    } else {
                        item.append(item.isEmpty() ? "" : " ").append(t.text());
                    }
                }
                if (!closed) {
                    throw new RulesException(where + "the list after '" + field + " in' is never closed with ']'");
                }
                if (operands.isEmpty()) {
                    throw new RulesException(where + "the list after '" + field + " in' is empty");
                }
            } else {
                operator = operator(op, field, where);
                StringBuilder value = new StringBuilder();
                while (i < tokens.size() && !tokens.get(i).is("and")) {
                    value.append(value.isEmpty() ? "" : " ").append(tokens.get(i++).text());
                }
                if (value.isEmpty()) {
                    throw new RulesException(where + "'" + field + " " + op.text() + "' has no value");
                }
                if (operator.numeric() && Double.isNaN(Condition.number(value.toString()))) {
                    throw new RulesException(where + "'" + field + " " + op.text() + "' needs a number, got '" + value + "'");
                }
                operands.add(value.toString());
            }
            conditions.add(new Condition(field, operator, operands));
            if (i < tokens.size()) {
                if (!tokens.get(i).is("and")) {
                    throw new RulesException(where + "expected 'and' before '" + tokens.get(i).text() + "'");
                }
                i++;
                if (i >= tokens.size()) {
                    throw new RulesException(where + "'and' is not followed by a condition");
                }
            }
        }
        return conditions;
    }

    private static Condition.Operator operator(Token token, String field, String where) {
        if (!token.quoted()) {
            for (Condition.Operator o : Condition.Operator.values()) {
                if (o.symbol().equals(token.text().toLowerCase(Locale.ROOT))) {
                    return o;
                }
            }
        }
        Optional<String> hint = token.text().equals("==") ? Optional.of(" (use '=')") : Optional.empty();
        throw new RulesException(where + "unknown test '" + token.text() + "' after '" + field
                + "', expected one of =, !=, >, >=, <, <=, in, contains, is missing, is present" + hint.orElse(""));
    }
}
