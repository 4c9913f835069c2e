package dev.propensity.server.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The JSON of recently written contribution and reason items ({@code {"field":F,"value":V,"contribution":C}}, with
 * {@code ,"sentence":S} for a reason), kept as UTF-8 bytes so that writing a recurring one is a single copy. An
 * answer holds about 40 such items and writing them field by field was most of writing an answer; yet they recur
 * from lead to lead: for a given model a categorical field's value has the same contribution (and sentence) for
 * every lead with that value, and small-integer survey answers recur too.
 *
 * <p>A fixed table indexed by a hash of the item, each slot holding one item and its bytes; a new item takes its
 * slot's place, so memory is bounded by {@link #SLOTS} items (each a few hundred bytes: tens of MB at the very most,
 * in the launcher's 2 GB heap). The slots are many because two items in one slot push each other out, and one pushed
 * out has to be seen twice and written once more to be kept again: with 16,384 slots the 1,000 sample leads' 8,000 or
 * so items kept colliding, and a full answer allocated 16.5 KB instead of 12.0 (JMH {@code -prof gc}); with 131,072
 * the same as written field by field. An entry is used only when
 * everything that determines its bytes is the same: field and sentence (equals), value (null, equal text, a double
 * of the same bits, the same yes/no) and the contribution's bits. Values of other types (a BigDecimal from a file,
 * a Long) and non-finite numbers are not kept: those items are written field by field, as before.
 *
 * <p>An item is kept on its second sighting: the first leaves only its key in the slot, so that one-off items (a
 * continuous value's contribution) cost a small record rather than a generator run, and don't each push a
 * recurring item out. The bytes are written once, by {@link ScoreAnswerWriter}'s own item code into a generator of
 * the API's mapper, so they are the bytes the field-by-field path writes; they are used only with generators whose
 * settings are those of that generator ({@link #suits}).
 *
 * <p>Slots are replaced whole by immutable entries, so readers on other threads see either the old entry or the new
 * one, never half of one, and no lock is needed; the bytes are made before the entry is, and reached through its
 * final field.
 */
final class ItemTexts {
    static final int SLOTS = 1 << 17;

    /** An item and, once seen twice, its JSON (null before; {@link #NOT_KEPT} when its bytes could not be kept). */
    private record Entry(String field, Object value, long contributionBits, String sentence, SerializedString json) {
    }

    /** Marks an item whose bytes don't survive as text (a lone surrogate in a value, say): written field by field. */
    private static final SerializedString NOT_KEPT = new SerializedString("");

    private static final Entry[] TABLE = new Entry[SLOTS];

    /** The settings of the generators the bytes are made with; other settings could write other bytes. */
    private static final int FEATURES;
    private static final int HIGHEST_ESCAPED;

    static {
        try (JsonGenerator gen = generator(OutputStream.nullOutputStream())) {
            FEATURES = gen.getFeatureMask();
            HIGHEST_ESCAPED = gen.getHighestEscapedChar();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ItemTexts() {
    }

    /**
     * Whether kept items may be written to {@code gen}: a generator of the API's mapper's factory (the caller's
     * part), set as the ones the bytes are made with, without pretty printing or own escapes.
     */
    static boolean suits(JsonGenerator gen) {
        return (gen.getFeatureMask() | autoClose()) == (FEATURES | autoClose())
                && gen.getPrettyPrinter() == null
                && gen.getCharacterEscapes() == null
                && gen.getHighestEscapedChar() == HIGHEST_ESCAPED;
    }

    /**
     * The item's JSON when it is kept, else null (write it field by field). A contribution has no sentence.
     */
    static SerializedString of(String field, Object value, double contribution, String sentence) {
        if (!keepable(value, contribution)) {
            return null;
        }
        long bits = Double.doubleToRawLongBits(contribution);
        int slot = slot(field, value, bits, sentence);
        Entry entry = TABLE[slot];
        if (entry != null && entry.contributionBits == bits && Objects.equals(entry.field, field)
                && sameValue(entry.value, value) && Objects.equals(entry.sentence, sentence)) {
            SerializedString json = entry.json;
            if (json == null) {
                json = encode(field, value, contribution, sentence);
                TABLE[slot] = new Entry(field, value, bits, sentence, json);
            }
            return json == NOT_KEPT ? null : json;
        }
        TABLE[slot] = new Entry(field, value, bits, sentence, null);
        return null;
    }

    /** The kept JSON of an item, if its slot holds it, without changing the table (for tests). */
    static SerializedString peek(String field, Object value, double contribution, String sentence) {
        if (!keepable(value, contribution)) {
            return null;
        }
        long bits = Double.doubleToRawLongBits(contribution);
        Entry entry = TABLE[slot(field, value, bits, sentence)];
        if (entry != null && entry.contributionBits == bits && Objects.equals(entry.field, field)
                && sameValue(entry.value, value) && Objects.equals(entry.sentence, sentence)
                && entry.json != null && entry.json != NOT_KEPT) {
            return entry.json;
        }
        return null;
    }

    /** Only values whose JSON is fixed by the value and checked on a hit; only finite numbers. */
    private static boolean keepable(Object value, double contribution) {
        return Double.isFinite(contribution)
                && (value == null || value instanceof String || value instanceof Boolean
                    || value instanceof Double d && Double.isFinite(d));
    }

    private static boolean sameValue(Object kept, Object value) {
        if (value == null) {
            return kept == null;
        } else if (value instanceof String s) {
            return kept instanceof String k && k.equals(s);
        } else if (value instanceof Double d) {
            return kept instanceof Double k && Double.doubleToRawLongBits(k) == Double.doubleToRawLongBits(d);
        } else if (value instanceof Boolean b) {
            return kept instanceof Boolean k && k.booleanValue() == b.booleanValue();
        }
        return false;
    }

    static int slot(String field, Object value, long contributionBits, String sentence) {
        int valueHash = value instanceof Double d ? Long.hashCode(Double.doubleToRawLongBits(d))
                : Objects.hashCode(value);
        int texts = (31 * Objects.hashCode(field) + valueHash) * 31 + Objects.hashCode(sentence);
        // SplitMix64's finaliser over both, so that every bit of either moves the slot.
        long h = contributionBits * 0x9E3779B97F4A7C15L + texts;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (int) h & (SLOTS - 1);
    }

    /** The item written as {@link ScoreAnswerWriter} writes it, kept as text with its bytes made now. */
    private static SerializedString encode(String field, Object value, double contribution, String sentence) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sentence == null ? 128 : 256);
        try (JsonGenerator gen = generator(out)) {
            if (!suits(gen)) {
                return NOT_KEPT; // the mapper's factory was set otherwise since: bytes of old settings may be kept
            }
            ScoreAnswerWriter.item(gen, field, value, contribution, sentence);
        } catch (IOException | RuntimeException e) {
            return NOT_KEPT; // written field by field, which fails (or not) as it always has
        }
        byte[] bytes = out.toByteArray();
        SerializedString json = new SerializedString(new String(bytes, StandardCharsets.UTF_8));
        // Made now, before other threads can see the entry; and the same bytes, or the item is not kept.
        return Arrays.equals(json.asUnquotedUTF8(), bytes) ? json : NOT_KEPT;
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return gen;
    }

    private static int autoClose() {
        return JsonGenerator.Feature.AUTO_CLOSE_TARGET.getMask();
    }
}
