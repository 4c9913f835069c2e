package dev.propensity.server.scoring;

import dev.propensity.features.SurveyAnsweredEncoder;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import dev.propensity.schema.ValueParser;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences a sales rep reads beside a score, one per reason, in one shape: what the lead is, then its effect.
 * "Company size is 450 employees, which raises the likelihood", "Attended a demo: no, which lowers the
 * likelihood", "Risk tolerance is not known, which lowers the likelihood", "Did not answer the survey, which
 * lowers the likelihood". A description's note in parentheses is used where it reads as words (a unit, a 1-5
 * scale, a code such as "-1: never") and dropped otherwise, so no sentence stacks two pairs of parentheses.
 */
public final class ReasonSentences {
    /** Contributions smaller than this (in log-odds) hardly move a score, and the sentence says so. */
    static final double NEGLIGIBLE = 0.01;
    private static final int MAX_VALUE_LENGTH = 40;
    private static final Pattern NOTE = Pattern.compile("^(.*\\S)\\s*\\(([^()]*)\\)$");
    private static final Pattern SCALE = Pattern.compile("\\d+\\s*-\\s*\\d+");
    private static final Pattern CODE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*:\\s*(.+)");
    private static final Pattern UNIT = Pattern.compile("\\p{L}+( \\p{L}+)?");

    /** DecimalFormat is costly to build and not thread-safe: one per thread. */
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));

    private final Schema schema;
    private final ValueParser parser;

    public ReasonSentences(Schema schema) {
        this.schema = schema;
        this.parser = new ValueParser(schema.format());
    }

    /**
     * @param field        the raw field
     * @param value        its value as received (or as the explanation shows it), null when missing
     * @param contribution signed log-odds
     * @param answered     whether the lead answered the survey (used for the survey indicator only)
     */
    public String sentence(String field, Object value, double contribution, boolean answered) {
        String effect = ", which " + (Math.abs(contribution) < NEGLIGIBLE ? "barely changes the likelihood"
                : contribution > 0 ? "raises the likelihood" : "lowers the likelihood");
        if (field.equals(SurveyAnsweredEncoder.FIELD)) {
            return (answered ? "Answered the survey" : "Did not answer the survey") + effect;
        }
        String description = schema.describe(field);
        if (description.equals(field)) {
            // No description in the schema: the column name, as words.
            description = field.replace("_", " ").replace("*", " and ");
        }
        Matcher noted = NOTE.matcher(description.strip());
        String head = upperFirst(noted.matches() ? noted.group(1) : description.strip());
        String note = noted.matches() ? noted.group(2).strip() : "";
        FeatureKind kind = schema.feature(field).map(FeatureSpec::kind).orElse(FeatureKind.CATEGORICAL);
        boolean interaction = schema.feature(field).isEmpty();
        if (parser.isMissing(value)) {
            return head + (kind == FeatureKind.BOOLEAN ? ": not known" : " is not known") + effect;
        }
        if (kind == FeatureKind.BOOLEAN) {
            return head + ": " + yesNo(value) + effect;
        }
        if (kind == FeatureKind.NUMERIC) {
            return numeric(head, note, value) + effect;
        }
        if (interaction) {
            return head + ": " + shorten(value.toString().strip().replace("|", " and ")) + effect;
        }
        return head + " is " + shorten(value.toString().strip()) + effect;
    }

    private String numeric(String head, String note, Object value) {
        Optional<Double> number = number(value);
        String shown = number.map(n -> NUMBER.get().format(n)).orElseGet(() -> shorten(value.toString().strip()));
        Matcher code = CODE.matcher(note);
        if (code.matches() && number.isPresent() && Double.parseDouble(code.group(1)) == number.get()) {
            return head + ": " + code.group(2).strip();
        }
        if (SCALE.matcher(note).matches()) {
            return head + " is " + shown + " on a " + note.replaceAll("\\s", "") + " scale";
        }
        if (UNIT.matcher(note).matches()) {
            return head + " is " + shown + " " + note;
        }
        return head + " is " + shown;
    }

    private Optional<Double> number(Object value) {
        try {
            double n = parser.number(value);
            return Double.isFinite(n) ? Optional.of(n) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String yesNo(Object value) {
        try {
            return parser.bool(value) > 0 ? "yes" : "no";
        } catch (IllegalArgumentException e) {
            return shorten(value.toString().strip());
        }
    }

    /** A long label cut at a word, so a sentence stays one line in a CRM's list. */
    static String shorten(String text) {
        if (text.length() <= MAX_VALUE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_VALUE_LENGTH - 1);
        return text.substring(0, cut > MAX_VALUE_LENGTH / 2 ? cut : MAX_VALUE_LENGTH - 1).strip() + "…";
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
