package dev.propensity.server.scoring;

import dev.propensity.features.SurveyAnsweredEncoder;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import dev.propensity.schema.ValueParser;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    private static final int RAISES = 0;
    private static final int LOWERS = 1;
    private static final int BARELY = 2;
    private static final String[] EFFECTS = {", which raises the likelihood", ", which lowers the likelihood",
        ", which barely changes the likelihood"};
    private static final String[] ANSWERED = withEffects("Answered the survey");
    private static final String[] NOT_ANSWERED = withEffects("Did not answer the survey");
    /** Distinct values per field whose sentences are kept; a field with more (a free-text one) makes the rest anew. */
    static final int VALUES_KEPT = 1_000;

    // The sentences of the schema last asked for: every request of a version shares them (and their phrases).
    private static volatile ReasonSentences last;

    private final Schema schema;
    private final ValueParser parser;
    // What a sentence says about a field apart from its value, worked out once per field (the regular expressions
    // over its description are most of a sentence's cost): only the value and the sign vary per lead.
    private final Map<String, FieldPhrase> phrases = new ConcurrentHashMap<>();

    /** The parts of a field's sentences that do not depend on the lead. */
    private record FieldPhrase(String head, FeatureKind kind, boolean interaction, String[] unknown, double code,
                               String codeText, String scale, String unit, Map<Object, String[]> byValue) {
    }

    public ReasonSentences(Schema schema) {
        this.schema = schema;
        this.parser = new ValueParser(schema.format());
    }

    /** The sentences for {@code schema}, shared with every other caller asking for the same schema object. */
    public static ReasonSentences of(Schema schema) {
        ReasonSentences sentences = last;
        if (sentences == null || sentences.schema != schema) {
            sentences = new ReasonSentences(schema);
            last = sentences;
        }
        return sentences;
    }

    /**
     * @param field        the raw field
     * @param value        its value as received (or as the explanation shows it), null when missing
     * @param contribution signed log-odds
     * @param answered     whether the lead answered the survey (used for the survey indicator only)
     */
    public String sentence(String field, Object value, double contribution, boolean answered) {
        int effect = Math.abs(contribution) < NEGLIGIBLE ? BARELY : contribution > 0 ? RAISES : LOWERS;
        if (field.equals(SurveyAnsweredEncoder.FIELD)) {
            return (answered ? ANSWERED : NOT_ANSWERED)[effect];
        }
        FieldPhrase phrase = phrase(field);
        if (parser.isMissing(value)) {
            return phrase.unknown()[effect];
        }
        // Leads repeat their values (a category, a company size, a yes): the three sentences of a value are made
        // once and shared, the same String each time, which also lets the answer writer find their bytes.
        Map<Object, String[]> known = phrase.byValue();
        String[] sentences = known.get(value);
        if (sentences == null) {
            sentences = withEffects(describe(phrase, value));
            if (known.size() < VALUES_KEPT) {
                known.putIfAbsent(value, sentences);
            }
        }
        return sentences[effect];
    }

    /** What the sentence says of the value, before its effect. */
    private String describe(FieldPhrase phrase, Object value) {
        if (phrase.kind() == FeatureKind.BOOLEAN) {
            return phrase.head() + ": " + yesNo(value);
        }
        if (phrase.kind() == FeatureKind.NUMERIC) {
            return numeric(phrase, value);
        }
        if (phrase.interaction()) {
            return phrase.head() + ": " + shorten(value.toString().strip().replace("|", " and "));
        }
        return phrase.head() + " is " + shorten(value.toString().strip());
    }

    /** The three sentences of one description, indexed by {@link #RAISES}, {@link #LOWERS}, {@link #BARELY}. */
    private static String[] withEffects(String description) {
        String[] sentences = new String[EFFECTS.length];
        for (int e = 0; e < EFFECTS.length; e++) {
            sentences[e] = description + EFFECTS[e];
        }
        return sentences;
    }

    private FieldPhrase phrase(String field) {
        FieldPhrase phrase = phrases.get(field);
        return phrase != null ? phrase : phrases.computeIfAbsent(field, this::newPhrase);
    }

    private FieldPhrase newPhrase(String field) {
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
        Matcher code = CODE.matcher(note);
        boolean coded = code.matches();
        return new FieldPhrase(head, kind, interaction,
                withEffects(head + (kind == FeatureKind.BOOLEAN ? ": not known" : " is not known")),
                coded ? Double.parseDouble(code.group(1)) : Double.NaN, coded ? code.group(2).strip() : null,
                SCALE.matcher(note).matches() ? note.replaceAll("\\s", "") : null,
                UNIT.matcher(note).matches() ? note : null, new ConcurrentHashMap<>());
    }

    private String numeric(FieldPhrase phrase, Object value) {
        Optional<Double> number = number(value);
        String shown = number.map(GroupedNumber::format).orElseGet(() -> shorten(value.toString().strip()));
        if (phrase.codeText() != null && number.isPresent() && phrase.code() == number.get()) {
            return phrase.head() + ": " + phrase.codeText();
        }
        if (phrase.scale() != null) {
            return phrase.head() + " is " + shown + " on a " + phrase.scale() + " scale";
        }
        if (phrase.unit() != null) {
            return phrase.head() + " is " + shown + " " + phrase.unit();
        }
        return phrase.head() + " is " + shown;
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
