package dev.propensity.train;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.features.BooleanEncoder;
import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.FieldEncoder;
import dev.propensity.features.NumericEncoder;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Encodes rows of a loaded table straight from its typed columns, giving exactly the inputs
 * {@link FeaturePipeline#encode} gives for the same row seen as a {@link dev.propensity.features.LeadValues}.
 *
 * <p>Why it exists: encoding through the lead view costs a map look-up, a boxed value and a warning string per
 * field and row, a large share of training on a million leads. Here every value still goes through the fitted
 * {@link FieldEncoder} (so training and scoring cannot drift apart), but a category's, or an interaction's,
 * encoding is worked out once per distinct value and then reused; only numbers are encoded row by row.
 * Not thread-safe: one per thread.
 */
public final class TableEncoder {
    private static final Consumer<String> NO_NOTES = note -> { };

    /** One field's non-zero inputs: absolute input positions, ascending, and their values. */
    private record Block(int[] index, double[] value) {
    }

    private static final Block EMPTY = new Block(new int[0], new double[0]);

    private final FeaturePipeline pipeline;
    private final List<FeatureSpec> specs;
    private final List<FieldEncoder> encoders;
    private final int[] offsets;
    private final Column[] columns;
    /** The encoder of each numeric field, null for the others. */
    private final NumericEncoder[] numeric;
    /** The encoder of each yes/no field, null for the others. */
    private final BooleanEncoder[] yesNo;
    private final List<Map<Object, Block>> byValue = new ArrayList<>();
    private final int[][] interactionSpecs;
    private final List<Map<Object, Map<Object, Block>>> byPair = new ArrayList<>();
    private final Column[] surveyColumns;
    private final boolean surveyIndicator;
    private final double[] scratch;
    private final Block answered;
    private final int[] denseIndex;
    private final double[] denseValue;

    public TableEncoder(LeadTable table, FeaturePipeline pipeline) {
        this.pipeline = pipeline;
        this.specs = pipeline.specs();
        this.encoders = pipeline.encoders();
        this.offsets = pipeline.offsets();
        this.columns = new Column[specs.size()];
        this.numeric = new NumericEncoder[specs.size()];
        this.yesNo = new BooleanEncoder[specs.size()];
        List<Column> survey = new ArrayList<>();
        for (int f = 0; f < specs.size(); f++) {
            columns[f] = table.columns().get(specs.get(f).name());
            if (specs.get(f).kind() == FeatureKind.NUMERIC && encoders.get(f) instanceof NumericEncoder encoder) {
                numeric[f] = encoder;
            }
            if (specs.get(f).kind() == FeatureKind.BOOLEAN && encoders.get(f) instanceof BooleanEncoder encoder) {
                yesNo[f] = encoder;
            }
            byValue.add(new HashMap<>());
            if (specs.get(f).group() == FeatureGroup.SURVEY) {
                survey.add(columns[f]);
            }
        }
        this.surveyColumns = survey.toArray(Column[]::new);
        int pairs = pipeline.interactions().size();
        this.interactionSpecs = new int[pairs][];
        for (int k = 0; k < pairs; k++) {
            interactionSpecs[k] = new int[] {specIndex(pipeline.interactions().get(k).first()),
                    specIndex(pipeline.interactions().get(k).second())};
            byPair.add(new HashMap<>());
        }
        this.surveyIndicator = encoders.size() == specs.size() + pairs + 1;
        int widest = 0;
        for (int i = 0; i + 1 < offsets.length; i++) {
            widest = Math.max(widest, offsets[i + 1] - offsets[i]);
        }
        this.scratch = new double[widest];
        this.answered = surveyIndicator ? blockOf(specs.size() + pairs, 1.0) : EMPTY;
        this.denseIndex = new int[pipeline.width()];
        this.denseValue = new double[pipeline.width()];
    }

    int width() {
        return pipeline.width();
    }

    /**
     * Writes row {@code row}'s non-zero inputs into {@code index} and {@code value} (each at least {@link #width()}
     * long), in ascending input order.
     *
     * @return how many were written
     */
    int nonZeros(int row, int[] index, double[] value) {
        int n = 0;
        for (int f = 0; f < specs.size(); f++) {
            Column column = columns[f];
            if (column instanceof Column.Numbers numbers) {
                n = encodeNumber(f, numbers.values()[row], index, value, n);
            } else {
                n = append(cachedBlock(f, column == null ? null : column.raw(row)), index, value, n);
            }
        }
        for (int k = 0; k < interactionSpecs.length; k++) {
            n = append(pairBlock(k, row), index, value, n);
        }
        if (surveyIndicator && answeredSurvey(row)) {
            // The pipeline encodes 1.0 for a lead with a survey answer; its 0.0 otherwise writes no input at all.
            n = append(answered, index, value, n);
        }
        return n;
    }

    /** Writes row {@code row}'s inputs into {@code out} as {@link FeaturePipeline#encode} does, overwriting it. */
    public void dense(int row, double[] out) {
        Arrays.fill(out, 0);
        int n = nonZeros(row, denseIndex, denseValue);
        for (int i = 0; i < n; i++) {
            out[denseIndex[i]] = denseValue[i];
        }
    }

    private int encodeNumber(int f, double raw, int[] index, double[] value, int n) {
        int width = offsets[f + 1] - offsets[f];
        Arrays.fill(scratch, 0, width, 0);
        if (numeric[f] != null) {
            // A numeric column holds what the pipeline would type its value as (NaN for missing): no boxing.
            numeric[f].encode(raw, scratch, 0);
        } else if (yesNo[f] != null && (raw == 1 || raw == 0 || Double.isNaN(raw))) {
            // So does a yes/no column holding 1, 0 or NaN (the pipeline would refuse any other number).
            yesNo[f].encode(raw, scratch, 0);
        } else {
            // The value as the pipeline types it (a yes/no column holds 1, 0 or NaN).
            Object typed = pipeline.typed(specs.get(f), Double.isNaN(raw) ? null : raw);
            encoders.get(f).encode(typed, scratch, 0, NO_NOTES);
        }
        for (int i = 0; i < width; i++) {
            if (scratch[i] != 0) {
                index[n] = offsets[f] + i;
                value[n++] = scratch[i];
            }
        }
        return n;
    }

    private Block cachedBlock(int f, Object raw) {
        Map<Object, Block> cache = byValue.get(f);
        Object key = raw == null ? Missing.VALUE : raw;
        Block block = cache.get(key);
        if (block == null) {
            block = blockOf(f, pipeline.typed(specs.get(f), raw));
            cache.put(key, block);
        }
        return block;
    }

    private Block pairBlock(int k, int row) {
        Object first = typedAt(interactionSpecs[k][0], row);
        Object second = typedAt(interactionSpecs[k][1], row);
        Map<Object, Block> inner = byPair.get(k).computeIfAbsent(first == null ? Missing.VALUE : first,
                key -> new HashMap<>());
        Object key = second == null ? Missing.VALUE : second;
        Block block = inner.get(key);
        if (block == null) {
            block = blockOf(specs.size() + k, pipeline.combined(first, second));
            inner.put(key, block);
        }
        return block;
    }

    private Object typedAt(int f, int row) {
        Column column = columns[f];
        return pipeline.typed(specs.get(f), column == null ? null : column.raw(row));
    }

    /** What encoder {@code at} writes for one typed value, kept as its non-zero inputs. */
    private Block blockOf(int at, Object typed) {
        int width = offsets[at + 1] - offsets[at];
        double[] block = new double[width];
        encoders.get(at).encode(typed, block, 0, NO_NOTES);
        int count = 0;
        for (double v : block) {
            count += v != 0 ? 1 : 0;
        }
        if (count == 0) {
            return EMPTY;
        }
        int[] index = new int[count];
        double[] value = new double[count];
        int n = 0;
        for (int i = 0; i < width; i++) {
            if (block[i] != 0) {
                index[n] = offsets[at] + i;
                value[n++] = block[i];
            }
        }
        return new Block(index, value);
    }

    private static int append(Block block, int[] index, double[] value, int n) {
        int count = block.index().length;
        System.arraycopy(block.index(), 0, index, n, count);
        System.arraycopy(block.value(), 0, value, n, count);
        return n + count;
    }

    /** The pipeline's {@link FeaturePipeline#answeredSurvey} on the columns: a survey field holds a value. */
    private boolean answeredSurvey(int row) {
        for (Column column : surveyColumns) {
            boolean present = column instanceof Column.Numbers numbers ? !Double.isNaN(numbers.values()[row])
                    : column != null && column.raw(row) != null;
            if (present) {
                return true;
            }
        }
        return false;
    }

    private int specIndex(String name) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("interaction names '" + name + "', which is not a feature");
    }

    /** Stands for a missing value as a map key. */
    private enum Missing {
        VALUE
    }
}
