package dev.propensity.server.retrain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.schema.ValueParser;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import dev.propensity.server.feedback.Outcome;
import dev.propensity.server.feedback.OutcomeWithInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the store's outcome-and-input pairs into training examples, typing each logged input field as the
 * schema declares it, oldest close first so that the most recent outcomes come last.
 *
 * @param examples the examples, ordered by close date, then receipt, then the store's order
 * @param notes    what was tolerated: inputs that were not JSON objects (skipped), values that did not parse
 *                 as their kind (read as missing)
 */
public record FeedbackExamples(List<FeedbackExample> examples, List<String> notes) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public FeedbackExamples {
        examples = List.copyOf(examples);
        notes = List.copyOf(notes);
    }

    /** Reads the inputs of {@code pairs}, which the store returns oldest receipt first. */
    public static FeedbackExamples of(List<OutcomeWithInput> pairs, Schema schema) {
        ValueParser parser = new ValueParser(schema.format());
        List<FeedbackExample> examples = new ArrayList<>(pairs.size());
        Map<String, Integer> unreadable = new LinkedHashMap<>();
        int notObjects = 0;
        for (OutcomeWithInput pair : pairs) {
            JsonNode input = parse(pair.score().inputJson());
            if (input == null || !input.isObject()) {
                notObjects++;
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (FeatureSpec spec : schema.features()) {
                try {
                    values.put(spec.name(), typed(spec, raw(input.get(spec.name())), parser));
                } catch (IllegalArgumentException e) {
                    unreadable.merge(spec.name(), 1, Integer::sum);
                    values.put(spec.name(), null);
                }
            }
            examples.add(new FeedbackExample(pair.outcome().leadId(), pair.outcome().outcome() == Outcome.WON,
                    pair.outcome().closeDate(), pair.outcome().receivedAt(), values));
        }
        // List.sort is stable: outcomes closed and received at the same moment keep the store's order.
        examples.sort(Comparator.comparing(FeedbackExample::closeDate).thenComparing(FeedbackExample::receivedAt));
        List<String> notes = new ArrayList<>();
        if (notObjects > 0) {
            notes.add(notObjects + " fed-back outcomes were skipped: their logged input is not a JSON object");
        }
        unreadable.forEach((field, count) -> notes.add(String.format(Locale.ROOT,
                "%d logged values of '%s' do not parse as %s and were read as missing", count, field,
                schema.feature(field).orElseThrow().kind().jsonName())));
        return new FeedbackExamples(examples, notes);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The JSON value as the scorer received it: text, a number, a boolean, or null. */
    private static Object raw(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isContainerNode()) {
            throw new IllegalArgumentException("a structure where a single value belongs");
        }
        return node.asText();
    }

    /** The value as the snapshot stores it: text for categories, Double for numbers, Boolean for yes/no. */
    static Object typed(FeatureSpec spec, Object raw, ValueParser parser) {
        if (spec.kind() == FeatureKind.CATEGORICAL) {
            return parser.text(raw);
        }
        double value = spec.kind() == FeatureKind.BOOLEAN ? parser.bool(raw) : parser.number(raw);
        if (Double.isNaN(value)) {
            return null;
        }
        return spec.kind() == FeatureKind.BOOLEAN ? Boolean.valueOf(value == 1) : Double.valueOf(value);
    }
}
