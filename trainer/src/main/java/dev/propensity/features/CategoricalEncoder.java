package dev.propensity.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One-hot encoding of a normalised category. Levels too rare to learn from, and levels never seen in training,
 * share an {@value #OTHER} input; a missing value has its own {@value #MISSING} input.
 */
public final class CategoricalEncoder implements FieldEncoder {
    public static final String OTHER = "(other)";
    public static final String MISSING = "(missing)";

    private final String field;
    private final List<String> levels;
    private final Map<String, Integer> index = new HashMap<>();
    /**
     * Raw spellings already seen, to their level (-1 for other): a CRM sends the same few spellings over and over,
     * and normalising each one again is the costliest step of encoding. Bounded, so odd values cannot grow it.
     */
    private final Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_SEEN = 10_000;

    /**
     * @param field  the raw field
     * @param levels the kept levels, normalised, most frequent first
     */
    public CategoricalEncoder(String field, List<String> levels) {
        this.field = field;
        this.levels = List.copyOf(levels);
        for (int i = 0; i < this.levels.size(); i++) {
            index.put(this.levels.get(i), i);
        }
    }

    @Override
    public String field() {
        return field;
    }

    public List<String> levels() {
        return levels;
    }

    @Override
    public String[] inputNames() {
        String[] names = new String[levels.size() + 2];
        for (int i = 0; i < levels.size(); i++) {
            names[i] = field + "=" + levels.get(i);
        }
        names[levels.size()] = field + "=" + OTHER;
        names[levels.size() + 1] = field + "=" + MISSING;
        return names;
    }

    @Override
    public void encode(Object raw, double[] out, int offset, Consumer<String> warn) {
        if (raw == null) {
            out[offset + levels.size() + 1] = 1;
            return;
        }
        String text = raw.toString();
        Integer level = seen.get(text);
        if (level == null) {
            level = index.getOrDefault(CategoryNames.normalise(text), -1);
            if (seen.size() < MAX_SEEN) {
                seen.put(text, level);
            }
        }
        if (level < 0) {
            warn.accept(field + ": '" + raw + "' was not seen in training (or too rarely); scored as other");
            out[offset + levels.size()] = 1;
        } else {
            out[offset + level] = 1;
        }
    }
}
