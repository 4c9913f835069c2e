package dev.propensity.features;

import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Interaction;
import dev.propensity.schema.ValueParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one definition of a model's inputs, used to build training data and to score: raw fields in, a dense
 * vector of inputs out, each field owning a contiguous block so that contributions can be summed back to it.
 */
public final class FeaturePipeline {
    private final List<FeatureSpec> specs;
    private final List<Interaction> interactions;
    private final int[][] interactionSpecs;
    private final List<FieldEncoder> encoders;
    private final ValueParser parser;
    private final int[] offsets;
    private final String[] inputNames;
    private final String[] inputField;
    private final String[] fieldNames;
    private final boolean surveyIndicator;
    // Arrays rather than the lists above for the per-lead loop in encode: no bounds-checked List.get per field,
    // and the "missing" notes are built once per pipeline instead of concatenated for every missing value.
    private final FeatureSpec[] specArray;
    private final FieldEncoder[] encoderArray;
    private final String[] missingNotes;
    // Interaction values are never missing notes of their own: both halves already said so.
    private static final Consumer<String> NO_NOTES = note -> { };
    // Yes and no (the survey indicator's values too), shared: Double.valueOf does not cache, and a lead needs no
    // copy of its own.
    private static final Double ONE = 1.0;
    private static final Double ZERO = 0.0;

    /**
     * @param specs        the schema's features, in order
     * @param interactions pairs of features learnt in combination
     * @param encoders     one fitted encoder per spec, then one categorical encoder per interaction, then a
     *                     {@link SurveyAnsweredEncoder} when there are survey fields
     */
    public FeaturePipeline(List<FeatureSpec> specs, List<Interaction> interactions, List<FieldEncoder> encoders,
                           ValueParser parser) {
        this.specs = List.copyOf(specs);
        this.interactions = List.copyOf(interactions);
        this.encoders = List.copyOf(encoders);
        this.parser = parser;
        this.surveyIndicator = encoders.size() == specs.size() + interactions.size() + 1;
        this.interactionSpecs = new int[interactions.size()][];
        for (int i = 0; i < interactions.size(); i++) {
            interactionSpecs[i] = new int[] {specIndex(interactions.get(i).first()), specIndex(interactions.get(i).second())};
        }
        this.offsets = new int[encoders.size() + 1];
        List<String> names = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < encoders.size(); i++) {
            offsets[i] = names.size();
            for (String name : encoders.get(i).inputNames()) {
                names.add(name);
                owners.add(encoders.get(i).field());
            }
        }
        offsets[encoders.size()] = names.size();
        this.inputNames = names.toArray(String[]::new);
        this.fieldNames = this.encoders.stream().map(FieldEncoder::field).toArray(String[]::new);
        this.inputField = owners.toArray(String[]::new);
        this.specArray = this.specs.toArray(FeatureSpec[]::new);
        this.encoderArray = this.encoders.toArray(FieldEncoder[]::new);
        this.missingNotes = new String[specArray.length];
        for (int i = 0; i < specArray.length; i++) {
            missingNotes[i] = specArray[i].name() + ": missing";
        }
    }

    public List<FeatureSpec> specs() {
        return specs;
    }

    private int specIndex(String name) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("interaction names '" + name + "', which is not a feature");
    }

    public List<Interaction> interactions() {
        return interactions;
    }

    public List<FieldEncoder> encoders() {
        return encoders;
    }

    public ValueParser parser() {
        return parser;
    }

    /** Number of model inputs. */
    public int width() {
        return inputNames.length;
    }

    public String[] inputNames() {
        return inputNames.clone();
    }

    /** The field that owns input {@code i}. */
    public String fieldOf(int input) {
        return inputField[input];
    }

    /** The fields in order, including the survey indicator when present. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        encoders.forEach(e -> fields.add(e.field()));
        return fields;
    }

    /** Start of each field's block of inputs; the last entry is {@link #width()}. */
    public int[] offsets() {
        return offsets.clone();
    }

    /**
     * Encodes one lead into {@code out} (length {@link #width()}), overwriting it.
     *
     * @param warn receives notes on missing, unseen or unreadable values
     * @throws InvalidFieldException when a present value has the wrong type for its field
     */
    public void encode(LeadValues lead, double[] out, Consumer<String> warn) {
        encode(lead, out, null, warn);
    }

    /**
     * Encodes one lead into {@code out} and, in the same pass, fills {@code shown} (length {@link #fieldCount()},
     * or null when not wanted) with each field's {@link #displayValue}: an explanation then needs no second look
     * at the lead.
     *
     * @throws InvalidFieldException when a present value has the wrong type for its field
     */
    public void encode(LeadValues lead, double[] out, Object[] shown, Consumer<String> warn) {
        Arrays.fill(out, 0);
        // The typed values are kept only for the interactions that combine them.
        Object[] values = interactions.isEmpty() ? null : new Object[specArray.length];
        boolean answered = false;
        for (int i = 0; i < specArray.length; i++) {
            FeatureSpec spec = specArray[i];
            Object raw = lead.get(spec.name());
            Object value = typed(spec, raw);
            // The same test as answeredSurvey, on the value already in hand: a typed value is never a missing one,
            // so the parser is asked again only when typed found none.
            answered |= spec.group() == FeatureGroup.SURVEY && (value != null || !parser.isMissing(raw));
            if (values != null) {
                values[i] = value;
            }
            if (shown != null) {
                shown[i] = raw;
            }
            if (value == null) {
                warn.accept(missingNotes[i]);
            }
            encoderArray[i].encode(value, out, offsets[i], warn);
        }
        for (int k = 0; k < interactions.size(); k++) {
            int at = specArray.length + k;
            String pair = combined(values[interactionSpecs[k][0]], values[interactionSpecs[k][1]]);
            if (shown != null) {
                shown[at] = pair;
            }
            encoderArray[at].encode(pair, out, offsets[at], NO_NOTES);
        }
        if (surveyIndicator) {
            int at = specArray.length + interactions.size();
            Double indicator = answered ? ONE : ZERO;
            if (shown != null) {
                shown[at] = indicator;
            }
            encoderArray[at].encode(indicator, out, offsets[at], warn);
        }
    }

    /** Number of fields, the survey indicator included: the length of {@link #fields()}. */
    public int fieldCount() {
        return encoders.size();
    }

    /** Field {@code f} of {@link #fields()}, without building the list. */
    public String field(int f) {
        return fieldNames[f];
    }

    /** Start of field {@code f}'s block of inputs ({@code f == fieldCount()} gives {@link #width()}), without a copy. */
    public int offset(int f) {
        return offsets[f];
    }

    /**
     * Whether the lead answered any survey question: a survey field holds a value that is not blank and not one of
     * the format's missing tokens ("N/A", "null"). The one definition behind the survey indicator's input, its
     * displayed value and its reason sentence, so training and serving cannot disagree.
     */
    public boolean answeredSurvey(LeadValues lead) {
        for (FeatureSpec spec : specs) {
            if (spec.group() == FeatureGroup.SURVEY && !parser.isMissing(lead.get(spec.name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of field {@code f} of {@link #fields()} for a lead, as an explanation shows it: the raw value, the
     * two values of an interaction joined by "|", or 1.0/0.0 for the survey indicator ({@link #answeredSurvey}).
     */
    public Object displayValue(LeadValues lead, int f) {
        if (f < specs.size()) {
            return lead.get(specs.get(f).name());
        }
        if (f < specs.size() + interactions.size()) {
            int[] pair = interactionSpecs[f - specs.size()];
            return combined(typed(specs.get(pair[0]), lead.get(specs.get(pair[0]).name())),
                    typed(specs.get(pair[1]), lead.get(specs.get(pair[1]).name())));
        }
        return answeredSurvey(lead) ? 1.0 : 0.0;
    }

    /** Both typed values as one category, or null when either is missing; the same text at training and scoring. */
    public String combined(Object first, Object second) {
        return first == null || second == null ? null : parser.text(first).strip() + "|" + parser.text(second).strip();
    }

    /** The raw value as its field's type: text for categories, a Double for numbers and yes/no, or null. */
    public Object typed(FeatureSpec spec, Object raw) {
        try {
            if (spec.kind() == FeatureKind.CATEGORICAL) {
                return parser.text(raw);
            }
            if (raw instanceof Double d && spec.kind() == FeatureKind.NUMERIC) {
                // How JSON and the tables deliver numbers: parser.number would give back the same value (NaN when
                // missing), so the same Double serves, where boxing again would allocate one per field and lead.
                return d.isNaN() ? null : d;
            }
            double value = spec.kind() == FeatureKind.BOOLEAN ? parser.bool(raw) : parser.number(raw);
            return Double.isNaN(value) ? null : boxed(value);
        } catch (IllegalArgumentException e) {
            String expected = switch (spec.kind()) {
                case BOOLEAN -> "true or false";
                case NUMERIC -> "a number";
                case CATEGORICAL -> "a text value";
            };
            throw new InvalidFieldException(spec.name(), "expected " + expected + ", got " + describe(raw));
        }
    }

    /** The value as a Double, the shared one for 1 and 0 (every yes and no). */
    private static Double boxed(double value) {
        long bits = Double.doubleToRawLongBits(value);
        if (bits == ONE_BITS) {
            return ONE;
        }
        if (bits == ZERO_BITS) {
            return ZERO;
        }
        return value;
    }

    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
    private static final long ZERO_BITS = Double.doubleToRawLongBits(0.0);

    private static String describe(Object raw) {
        return raw instanceof String s ? "'" + s + "'" : String.valueOf(raw);
    }
}
