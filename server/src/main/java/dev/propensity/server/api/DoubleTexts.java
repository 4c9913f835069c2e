package dev.propensity.server.api;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The JSON text of recently written doubles, by their bits. Most of an answer's doubles recur from lead to lead:
 * a category's contribution is the same number for every lead in that category, as are the baselines and a whole
 * intent sub-score, and a numeric field's contribution recurs with its value; yet printing a double (about 45 an
 * answer) was a third of writing one.
 *
 * <p>A fixed table indexed by a hash of the bits, each slot holding one number and its text; a new number takes
 * its slot's place. Slots are replaced whole by immutable entries, so readers on other threads see either the old
 * entry or the new one, never half of one, and no lock is needed.
 */
final class DoubleTexts {
    private static final int SLOTS = 1 << 14;

    private record Entry(long bits, SerializedString text) {
    }

    private static final Entry[] TABLE = new Entry[SLOTS];
    /** Printed as the API's mapper prints doubles, whichever writer it is set to use. */
    private static final boolean FAST_WRITER =
            Json.MAPPER.getFactory().isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());

    private DoubleTexts() {
    }

    /** The text Jackson's double writer prints for {@code value}, with its bytes; {@code value} must be finite. */
    static SerializedString of(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int slot = slot(bits);
        Entry entry = TABLE[slot];
        if (entry != null && entry.bits == bits) {
            return entry.text;
        }
        SerializedString text = new SerializedString(NumberOutput.toString(value, FAST_WRITER));
        text.asUnquotedUTF8(); // its bytes made now, before other threads can see the entry
        TABLE[slot] = new Entry(bits, text);
        return text;
    }

    private static int slot(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 50) & (SLOTS - 1);
    }
}
