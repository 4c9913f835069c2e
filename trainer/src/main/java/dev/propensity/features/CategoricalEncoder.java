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
        Integer level = index.get(CategoryNames.normalise(raw.toString()));
        if (level == null) {
            warn.accept(field + ": '" + raw + "' was not seen in training (or too rarely); scored as other");
            out[offset + levels.size()] = 1;
        } else {
            out[offset + level] = 1;
        }
    }
}
