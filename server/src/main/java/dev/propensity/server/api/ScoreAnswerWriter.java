package dev.propensity.server.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link ScoreResponse} as JSON with a streaming generator, field by field: the same bytes as
 * {@code Json.MAPPER.writeValueAsBytes(response)} (same names, order, number format and left-out nulls; a test
 * holds the two together), without the mapper's per-call serializer lookups and property introspection, which
 * were a sizeable share of a score request.
 */
public final class ScoreAnswerWriter {
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
            write(gen, response);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a score answer", e);
        }
    }

    /** Writes the answer as one JSON object. */
    public static void write(JsonGenerator gen, ScoreResponse r) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName("lead_id");
        text(gen, r.leadId());
        gen.writeNumberField("model_version", r.modelVersion());
        gen.writeNumberField("probability", r.probability());
        gen.writeNumberField("score", r.score());
        if (r.reasons() != null) {
            gen.writeFieldName("reasons");
            reasons(gen, r.reasons());
        }
        gen.writeNumberField("baseline_log_odds", r.baselineLogOdds());
        gen.writeNumberField("log_odds", r.logOdds());
        if (r.contributions() != null) {
            gen.writeArrayFieldStart("contributions");
            for (FieldContribution c : r.contributions()) {
                gen.writeStartObject();
                optionalText(gen, "field", c.field());
                gen.writeFieldName("value");
                value(gen, c.value());
                gen.writeNumberField("contribution", c.contribution());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (r.warnings() != null) {
            gen.writeArrayFieldStart("warnings");
            for (String warning : r.warnings()) {
                text(gen, warning);
            }
            gen.writeEndArray();
        }
        if (r.scores() != null) {
            gen.writeObjectFieldStart("scores");
            subScore(gen, "fit", r.scores().fit());
            subScore(gen, "engagement", r.scores().engagement());
            subScore(gen, "intent", r.scores().intent());
            quadrant(gen, r.scores().quadrant());
            gen.writeEndObject();
        }
        optionalText(gen, "grade", r.grade());
        optionalText(gen, "route", r.route());
        if (r.decidedBy() != null) {
            gen.writeObjectFieldStart("decided_by");
            optionalText(gen, "kind", r.decidedBy().kind());
            gen.writeFieldName("rule");
            text(gen, r.decidedBy().rule());
            optionalText(gen, "reason", r.decidedBy().reason());
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

    private static void reasons(JsonGenerator gen, List<Reason> reasons) throws IOException {
        gen.writeStartArray();
        for (Reason reason : reasons) {
            gen.writeStartObject();
            optionalText(gen, "field", reason.field());
            gen.writeFieldName("value");
            value(gen, reason.value());
            gen.writeNumberField("contribution", reason.contribution());
            optionalText(gen, "sentence", reason.sentence());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void quadrant(JsonGenerator gen, Quadrant q) throws IOException {
        if (q == null) {
            return;
        }
        gen.writeObjectFieldStart("quadrant");
        optionalText(gen, "fit", q.fit());
        optionalText(gen, "engagement", q.engagement());
        optionalText(gen, "grade", q.grade());
        gen.writeEndObject();
    }

    private static void subScore(JsonGenerator gen, String name, SubScoreView s) throws IOException {
        if (s == null) {
            return;
        }
        gen.writeObjectFieldStart(name);
        gen.writeNumberField("probability", s.probability());
        gen.writeNumberField("score", s.score());
        if (s.reasons() != null) {
            gen.writeFieldName("reasons");
            reasons(gen, s.reasons());
        }
        gen.writeNumberField("baseline_log_odds", s.baselineLogOdds());
        optionalText(gen, "basis", s.basis());
        if (s.count() != null) {
            gen.writeNumberField("count", s.count().longValue());
        }
        if (s.wins() != null) {
            gen.writeNumberField("wins", s.wins().longValue());
        }
        gen.writeEndObject();
    }

    private static void persona(JsonGenerator gen, PersonaView p) throws IOException {
        gen.writeObjectFieldStart("persona");
        optionalText(gen, "id", p.id());
        optionalText(gen, "name", p.name());
        gen.writeNumberField("margin", p.margin());
        optionalText(gen, "basis", p.basis());
        gen.writeEndObject();
    }

    private static void recommendations(JsonGenerator gen, Recommendations r) throws IOException {
        gen.writeObjectFieldStart("recommendations");
        if (r.reps() != null) {
            gen.writeArrayFieldStart("reps");
            for (RepRecommendation rep : r.reps()) {
                gen.writeStartObject();
                optionalText(gen, "rep", rep.rep());
                gen.writeNumberField("expected_win_rate", rep.expectedWinRate());
                gen.writeNumberField("deals", rep.deals());
                gen.writeBooleanField("thin_evidence", rep.thinEvidence());
                optionalText(gen, "why", rep.why());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (r.products() != null) {
            gen.writeArrayFieldStart("products");
            for (ProductRecommendation product : r.products()) {
                gen.writeStartObject();
                optionalText(gen, "product", product.product());
                gen.writeNumberField("expected_win_rate", product.expectedWinRate());
                gen.writeNumberField("expected_value", product.expectedValue());
                gen.writeNumberField("deals", product.deals());
                gen.writeBooleanField("thin_evidence", product.thinEvidence());
                optionalText(gen, "why", product.why());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeBooleanField("exploration", r.exploration());
        gen.writeEndObject();
    }

    /** A lead's value as the mapper writes an {@code Object}: text, number, yes/no or null. */
    private static void value(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Double d) {
            gen.writeNumber(d.doubleValue());
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
    private static void optionalText(JsonGenerator gen, String name, String text) throws IOException {
        if (text != null) {
            gen.writeStringField(name, text);
        }
    }
}
