package dev.propensity.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The reps recommended to one lead. Of each rep's figure only the expected win rate is the lead's own (its
 * propensity moved by the rep's lift); the name, the deals, the flag and the sentence are the persona's, the same
 * for every lead of it. Those parts are written once per persona, as the API's mapper writes them, into the JSON
 * before and after the rate ({@link Fixed}), so that the answer writer copies them and prints only the rates.
 * To everything else, the mapper included, this is an ordinary unmodifiable list of {@link RepRecommendation}s.
 */
public final class RepList extends AbstractList<RepRecommendation> implements RandomAccess {
    private static final String RATE_NAME = "\"expected_win_rate\":";
    // Any rate would do: its text is looked for where the rate stands, and the parts around it are kept.
    private static final double MARK = 0.123456789;

    /** The persona's reps with their fixed parts, in the order the persona's answers list them. */
    public static final class Fixed {
        private final List<RepRecommendation> reps;
        private final SerializedString[] heads;
        private final SerializedString[] tails;

        /** @param reps the reps, their expected win rates ignored */
        public Fixed(List<RepRecommendation> reps) {
            this.reps = List.copyOf(reps);
            heads = new SerializedString[reps.size()];
            tails = new SerializedString[reps.size()];
            for (int i = 0; i < heads.length; i++) {
                RepRecommendation r = this.reps.get(i);
                String json = mapped(new RepRecommendation(r.rep(), MARK, r.deals(), r.thinEvidence(), r.why()));
                // The mapper writes a record's components in order: the rep's name comes first, then the rate.
                String head = "{\"rep\":" + mapped(r.rep()) + "," + RATE_NAME;
                String mark = mapped(MARK);
                if (!json.startsWith(head) || !json.startsWith(mark, head.length())) {
                    throw new IllegalStateException("a rep's JSON is not shaped as expected: " + json);
                }
                heads[i] = encoded(head);
                tails[i] = encoded(json.substring(head.length() + mark.length()));
            }
        }

        /** The reps at {@code order} (indexes into this list) with the lead's {@code rates}, one each. */
        public RepList rated(int[] order, double[] rates) {
            if (order.length != rates.length) {
                throw new IllegalArgumentException(order.length + " reps but " + rates.length + " rates");
            }
            for (int index : order) {
                if (index < 0 || index >= reps.size()) {
                    throw new IndexOutOfBoundsException("no rep " + index + " of " + reps.size());
                }
            }
            return new RepList(this, order.clone(), rates.clone());
        }

        /** How many reps the persona has. */
        public int size() {
            return reps.size();
        }
    }

    private final Fixed fixed;
    private final int[] order;
    private final double[] rates;

    private RepList(Fixed fixed, int[] order, double[] rates) {
        this.fixed = fixed;
        this.order = order;
        this.rates = rates;
    }

    @Override
    public RepRecommendation get(int index) {
        RepRecommendation r = fixed.reps.get(order[index]);
        return new RepRecommendation(r.rep(), rates[index], r.deals(), r.thinEvidence(), r.why());
    }

    @Override
    public int size() {
        return rates.length;
    }

    /**
     * Writes the list's items into an array the generator has just started: raw, so the separators are written
     * here; the generator's own array end follows.
     */
    void writeItems(JsonGenerator gen) throws IOException {
        for (int i = 0; i < rates.length; i++) {
            if (i > 0) {
                gen.writeRaw(',');
            }
            gen.writeRaw(fixed.heads[order[i]]);
            double rate = rates[i];
            if (Double.isFinite(rate)) {
                gen.writeRaw(DoubleTexts.of(rate));
            } else {
                gen.writeRaw(mapped(rate));
            }
            gen.writeRaw(fixed.tails[order[i]]);
        }
    }

    private static SerializedString encoded(String json) {
        SerializedString s = new SerializedString(json);
        s.asUnquotedUTF8(); // its bytes made now, before other threads can read them
        return s;
    }

    private static String mapped(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a value the API's mapper cannot write: " + e.getOriginalMessage(), e);
        }
    }
}
