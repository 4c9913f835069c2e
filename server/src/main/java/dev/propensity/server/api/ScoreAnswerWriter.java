package dev.propensity.server.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link ScoreResponse} as JSON with a streaming generator, field by field: the same bytes as
 * {@code Json.MAPPER.writeValueAsBytes(response)} (same names, order, number format and left-out nulls; a test
 * holds the two together), without the mapper's per-call serializer lookups and property introspection, which
 * were a sizeable share of a score request. Contribution and reason items that recur from lead to lead are written
 * from their kept bytes ({@link ItemTexts}), the same bytes as written field by field.
 */
public final class ScoreAnswerWriter {
    // Names as pre-quoted bytes: a name written from a String is escaped character by character every time.
    private static final SerializedString BASELINE_LOG_ODDS = new SerializedString("baseline_log_odds");
    private static final SerializedString BASIS = new SerializedString("basis");
    private static final SerializedString CONTRIBUTION = new SerializedString("contribution");
    private static final SerializedString CONTRIBUTIONS = new SerializedString("contributions");
    private static final SerializedString COUNT = new SerializedString("count");
    private static final SerializedString DEALS = new SerializedString("deals");
    private static final SerializedString DECIDED_BY = new SerializedString("decided_by");
    private static final SerializedString ENGAGEMENT = new SerializedString("engagement");
    private static final SerializedString EXPECTED_VALUE = new SerializedString("expected_value");
    private static final SerializedString EXPECTED_WIN_RATE = new SerializedString("expected_win_rate");
    private static final SerializedString EXPLORATION = new SerializedString("exploration");
    private static final SerializedString FIELD = new SerializedString("field");
    private static final SerializedString FIT = new SerializedString("fit");
    private static final SerializedString GRADE = new SerializedString("grade");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString INTENT = new SerializedString("intent");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString LEAD_ID = new SerializedString("lead_id");
    private static final SerializedString LOG_ODDS = new SerializedString("log_odds");
    private static final SerializedString MARGIN = new SerializedString("margin");
    private static final SerializedString MODEL_VERSION = new SerializedString("model_version");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString PERSONA = new SerializedString("persona");
    private static final SerializedString PROBABILITY = new SerializedString("probability");
    private static final SerializedString PRODUCT = new SerializedString("product");
    private static final SerializedString PRODUCTS = new SerializedString("products");
    private static final SerializedString QUADRANT = new SerializedString("quadrant");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString RECOMMENDATIONS = new SerializedString("recommendations");
    private static final SerializedString REP = new SerializedString("rep");
    private static final SerializedString REPS = new SerializedString("reps");
    private static final SerializedString ROUTE = new SerializedString("route");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString SCORES = new SerializedString("scores");
    private static final SerializedString SENTENCE = new SerializedString("sentence");
    private static final SerializedString THIN_EVIDENCE = new SerializedString("thin_evidence");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString WARNINGS = new SerializedString("warnings");
    private static final SerializedString WHY = new SerializedString("why");
    private static final SerializedString WINS = new SerializedString("wins");

    private static final double WHOLE_LIMIT = 1_000_000;
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private ScoreAnswerWriter() {
    }

    /** The answer as UTF-8 JSON. */
    public static byte[] toBytes(ScoreResponse response) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        writeTo(response, bytes);
        return bytes.toByteArray();
    }

    /**
     * Writes the answer as UTF-8 JSON to {@code out}, left open. The server writes straight to the response: the
     * generator's own (recycled) buffer is the only copy, where a byte array handed to Javalin was copied twice more.
     */
    public static void writeTo(ScoreResponse response, OutputStream out) {
        try (JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // A generator of the mapper's factory, as the kept items' bytes are made with (see ItemTexts).
            write(gen, response, ItemTexts.suits(gen));
        } catch (IOException e) {
            throw new UncheckedIOException("writing a score answer", e);
        }
    }

    /**
     * Writes the answer as one JSON object. Every item is written field by field here: kept items' bytes (see
     * {@link ItemTexts}) are used only with the generators {@link #writeTo} makes, whose settings they are known to
     * match.
     */
    public static void write(JsonGenerator gen, ScoreResponse r) throws IOException {
        write(gen, r, false);
    }

    /** @param keptItems whether contribution and reason items may be written from {@link ItemTexts} */
    private static void write(JsonGenerator gen, ScoreResponse r, boolean keptItems) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(LEAD_ID);
        text(gen, r.leadId());
        number(gen, MODEL_VERSION, r.modelVersion());
        number(gen, PROBABILITY, r.probability());
        number(gen, SCORE, r.score());
        if (r.reasons() != null) {
            gen.writeFieldName(REASONS);
            reasons(gen, r.reasons(), keptItems);
        }
        number(gen, BASELINE_LOG_ODDS, r.baselineLogOdds());
        number(gen, LOG_ODDS, r.logOdds());
        if (r.contributions() != null) {
            gen.writeFieldName(CONTRIBUTIONS);
            gen.writeStartArray();
            for (FieldContribution c : r.contributions()) {
                item(gen, c.field(), c.value(), c.contribution(), null, keptItems);
            }
            gen.writeEndArray();
        }
        if (r.warnings() != null) {
            gen.writeFieldName(WARNINGS);
            gen.writeStartArray();
            for (String warning : r.warnings()) {
                gen.writeString(PreEncoded.of(warning));
            }
            gen.writeEndArray();
        }
        if (r.scores() != null) {
            gen.writeFieldName(SCORES);
            gen.writeStartObject();
            subScore(gen, FIT, r.scores().fit(), keptItems);
            subScore(gen, ENGAGEMENT, r.scores().engagement(), keptItems);
            subScore(gen, INTENT, r.scores().intent(), keptItems);
            quadrant(gen, r.scores().quadrant());
            gen.writeEndObject();
        }
        recurringText(gen, GRADE, r.grade());
        recurringText(gen, ROUTE, r.route());
        if (r.decidedBy() != null) {
            gen.writeFieldName(DECIDED_BY);
            gen.writeStartObject();
            recurringText(gen, KIND, r.decidedBy().kind());
            gen.writeFieldName(RULE);
            String rule = r.decidedBy().rule();
            // A rule's reason is the rules file's text; a threshold's has the lead's sub-scores in it.
            if (rule == null) {
                gen.writeNull();
                optionalText(gen, REASON, r.decidedBy().reason());
            } else {
                gen.writeString(PreEncoded.of(rule));
                recurringText(gen, REASON, r.decidedBy().reason());
            }
            gen.writeEndObject();
        }
        if (r.persona() != null) {
            persona(gen, r.persona());
        }
        if (r.recommendations() != null) {
            recommendations(gen, r.recommendations());
        }
        gen.writeEndObject();
    }

    private static void reasons(JsonGenerator gen, List<Reason> reasons, boolean keptItems) throws IOException {
        gen.writeStartArray();
        for (Reason reason : reasons) {
            item(gen, reason.field(), reason.value(), reason.contribution(), reason.sentence(), keptItems);
        }
        gen.writeEndArray();
    }

    /** A contribution (no sentence) or a reason: its kept bytes when it recurs, else field by field. */
    private static void item(JsonGenerator gen, String field, Object value, double contribution, String sentence,
            boolean keptItems) throws IOException {
        SerializedString kept = keptItems ? ItemTexts.of(field, value, contribution, sentence) : null;
        if (kept != null) {
            // Written as a value, so the generator puts the array's comma before it itself.
            gen.writeRawValue(kept);
        } else {
            item(gen, field, value, contribution, sentence);
        }
    }

    /**
     * A contribution or reason item field by field, as the mapper writes a {@link FieldContribution} or a
     * {@link Reason} (a null field or sentence left out). {@link ItemTexts} makes its kept bytes with this too.
     */
    static void item(JsonGenerator gen, String field, Object value, double contribution, String sentence)
            throws IOException {
        gen.writeStartObject();
        recurringText(gen, FIELD, field);
        gen.writeFieldName(VALUE);
        value(gen, value);
        number(gen, CONTRIBUTION, contribution);
        recurringText(gen, SENTENCE, sentence);
        gen.writeEndObject();
    }

    private static void quadrant(JsonGenerator gen, Quadrant q) throws IOException {
        if (q == null) {
            return;
        }
        gen.writeFieldName(QUADRANT);
        gen.writeStartObject();
        recurringText(gen, FIT, q.fit());
        recurringText(gen, ENGAGEMENT, q.engagement());
        recurringText(gen, GRADE, q.grade());
        gen.writeEndObject();
    }

    private static void subScore(JsonGenerator gen, SerializedString name, SubScoreView s, boolean keptItems)
            throws IOException {
        if (s == null) {
            return;
        }
        gen.writeFieldName(name);
        gen.writeStartObject();
        number(gen, PROBABILITY, s.probability());
        number(gen, SCORE, s.score());
        if (s.reasons() != null) {
            gen.writeFieldName(REASONS);
            reasons(gen, s.reasons(), keptItems);
        }
        number(gen, BASELINE_LOG_ODDS, s.baselineLogOdds());
        recurringText(gen, BASIS, s.basis());
        if (s.count() != null) {
            number(gen, COUNT, s.count().longValue());
        }
        if (s.wins() != null) {
            number(gen, WINS, s.wins().longValue());
        }
        gen.writeEndObject();
    }

    private static void persona(JsonGenerator gen, PersonaView p) throws IOException {
        gen.writeFieldName(PERSONA);
        gen.writeStartObject();
        recurringText(gen, ID, p.id());
        recurringText(gen, NAME, p.name());
        number(gen, MARGIN, p.margin());
        recurringText(gen, BASIS, p.basis());
        gen.writeEndObject();
    }

    private static void recommendations(JsonGenerator gen, Recommendations r) throws IOException {
        gen.writeFieldName(RECOMMENDATIONS);
        gen.writeStartObject();
        if (r.reps() instanceof RepList reps) {
            // The persona's fixed parts of each rep are copied; only the lead's rates are printed.
            gen.writeFieldName(REPS);
            gen.writeStartArray();
            reps.writeItems(gen);
            gen.writeEndArray();
        } else if (r.reps() != null) {
            gen.writeFieldName(REPS);
            gen.writeStartArray();
            for (RepRecommendation rep : r.reps()) {
                gen.writeStartObject();
                recurringText(gen, REP, rep.rep());
                number(gen, EXPECTED_WIN_RATE, rep.expectedWinRate());
                number(gen, DEALS, rep.deals());
                gen.writeFieldName(THIN_EVIDENCE);
                gen.writeBoolean(rep.thinEvidence());
                recurringText(gen, WHY, rep.why());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (r.products() instanceof PreWrittenList<ProductRecommendation> products) {
            gen.writeFieldName(PRODUCTS);
            gen.writeRawValue(products.json());
        } else if (r.products() != null) {
            gen.writeFieldName(PRODUCTS);
            gen.writeStartArray();
            for (ProductRecommendation product : r.products()) {
                gen.writeStartObject();
                recurringText(gen, PRODUCT, product.product());
                number(gen, EXPECTED_WIN_RATE, product.expectedWinRate());
                number(gen, EXPECTED_VALUE, product.expectedValue());
                number(gen, DEALS, product.deals());
                gen.writeFieldName(THIN_EVIDENCE);
                gen.writeBoolean(product.thinEvidence());
                recurringText(gen, WHY, product.why());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeFieldName(EXPLORATION);
        gen.writeBoolean(r.exploration());
        gen.writeEndObject();
    }

    /** A lead's value as the mapper writes an {@code Object}: text, number, yes/no or null. */
    private static void value(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Double d) {
            number(gen, d.doubleValue());
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else {
            // Anything rarer (a BigDecimal from a file, a Long) goes through the mapper, exactly as before.
            Json.MAPPER.writeValue(gen, value);
        }
    }

    private static void text(JsonGenerator gen, String text) throws IOException {
        if (text == null) {
            gen.writeNull();
        } else {
            gen.writeString(text);
        }
    }

    /** A text field left out when null, as the mapper's non-null inclusion does. */
    private static void optionalText(JsonGenerator gen, SerializedString name, String text) throws IOException {
        if (text != null) {
            gen.writeFieldName(name);
            gen.writeString(text);
        }
    }

    /** A text that recurs from answer to answer (see {@link PreEncoded}), left out when null. */
    private static void recurringText(JsonGenerator gen, SerializedString name, String text) throws IOException {
        if (text != null) {
            gen.writeFieldName(name);
            gen.writeString(PreEncoded.of(text));
        }
    }

    private static void number(JsonGenerator gen, SerializedString name, long value) throws IOException {
        gen.writeFieldName(name);
        gen.writeNumber(value);
    }

    private static void number(JsonGenerator gen, SerializedString name, double value) throws IOException {
        gen.writeFieldName(name);
        number(gen, value);
    }

    /**
     * A double as the mapper writes it. A whole number below a million (a lead's count or size, mostly) is written
     * as its digits and ".0", which is what the double writer would print for it, without running it; other finite
     * numbers through {@link DoubleTexts}, which keeps the text of recurring ones.
     */
    static void number(JsonGenerator gen, double value) throws IOException {
        if (value == (long) value && Math.abs(value) < WHOLE_LIMIT
                && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
            // A raw value is written as a number is, but from the text's kept bytes rather than its characters.
            gen.writeRawValue(WholeNumbers.text((long) value));
        } else if (Double.isFinite(value)) {
            gen.writeRawValue(DoubleTexts.of(value));
        } else {
            gen.writeNumber(value);
        }
    }
}
