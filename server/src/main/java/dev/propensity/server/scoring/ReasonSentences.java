package dev.propensity.server.scoring;

import dev.propensity.features.SurveyAnsweredEncoder;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Short sentences a sales rep can read, built from a feature's description: "Company size (5,000) raises
 * the likelihood", "No survey answers lowers it".
 */
public final class ReasonSentences {
    /** Contributions smaller than this (in log-odds) hardly move a score, and the sentence says so. */
    static final double NEGLIGIBLE = 0.01;
    private static final int MAX_VALUE_LENGTH = 40;

    private final Schema schema;

    /** DecimalFormat is costly to build and not thread-safe: one per thread. */
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));

    public ReasonSentences(Schema schema) {
        this.schema = schema;
    }

    /**
     * @param field        the raw field
     * @param value        its value as received, null when missing
     * @param contribution signed log-odds
     * @param answered     whether the lead answered the survey (used for the survey indicator only)
     */
    public String sentence(String field, Object value, double contribution, boolean answered) {
        String effect = Math.abs(contribution) < NEGLIGIBLE ? "barely changes the likelihood"
                : contribution > 0 ? "raises the likelihood" : "lowers the likelihood";
        if (field.equals(SurveyAnsweredEncoder.FIELD)) {
            return (answered ? "Answering the survey " : "No survey answers ") + effect;
        }
        String description = schema.describe(field);
        if (value == null) {
            return "No " + lowerFirst(description) + " " + effect;
        }
        return upperFirst(description) + " (" + format(value) + ") " + effect;
    }

    /** Whether the lead answered any survey question: the value behind the survey indicator's sentence. */
    public static boolean answeredSurvey(Schema schema, dev.propensity.features.LeadValues lead) {
        for (FeatureSpec spec : schema.features()) {
            Object value = spec.group() == dev.propensity.schema.FeatureGroup.SURVEY ? lead.get(spec.name()) : null;
            if (value != null && !value.toString().isBlank()) {
                return true;
            }
        }
        return false;
    }

    static String format(Object value) {
        if (value instanceof Number n) {
            return NUMBER.get().format(n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        String text = value.toString().strip();
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH - 1) + "…" : text;
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        // Keeps acronyms such as "CRM source" as written.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
