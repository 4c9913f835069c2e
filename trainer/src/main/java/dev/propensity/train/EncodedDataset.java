package dev.propensity.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.tribuo.Example;
import org.tribuo.ImmutableDataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.DataProvenance;

/**
 * Encoded training rows as a Tribuo dataset: {@link PrimitiveSGDTrainer} trains on the rows themselves, and any
 * other Tribuo trainer or tool reads them as examples made on the fly (each row's features by name, in name order,
 * with its label), so the rows are held once. A {@code MutableDataset} would hold every example's names and values
 * beside them: a second copy of the training data, some 400 MB on 800,000 leads.
 */
final class EncodedDataset extends ImmutableDataset<Label> {
    private static final long serialVersionUID = 1L;

    private final transient SparseRows rows;

    /**
     * @param rows the rows, their columns numbered by {@code features}' ids with the bias in the last column, and
     *             their targets by {@code labels}' ids
     */
    EncodedDataset(DataProvenance provenance, ImmutableFeatureMap features, ImmutableOutputInfo<Label> labels,
                   SparseRows rows) {
        super(provenance, new LabelFactory(), features, labels);
        if (rows.columns() != features.size() + 1) {
            throw new IllegalArgumentException("rows have " + rows.columns() + " columns for " + features.size()
                    + " features and the bias");
        }
        this.rows = rows;
    }

    SparseRows rows() {
        return rows;
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public Example<Label> getExample(int index) {
        if (index < 0 || index >= rows.size()) {
            throw new IllegalArgumentException("no example " + index + " among " + rows.size());
        }
        int from = rows.start(index);
        int n = rows.end(index) - from - 1; // the last entry is the bias, which is not a feature
        String[] names = new String[n];
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            names[k] = featureIDMap.get(rows.column(from + k)).getName();
            values[k] = rows.value(from + k);
        }
        return new SortedExample(outputIDInfo.getOutput(rows.target(index)), names, values);
    }

    @Override
    public List<Example<Label>> getData() {
        List<Example<Label>> all = new ArrayList<>(rows.size());
        for (Example<Label> example : this) {
            all.add(example);
        }
        return all;
    }

    @Override
    public Iterator<Example<Label>> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < rows.size();
            }

            @Override
            public Example<Label> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return getExample(next++);
            }
        };
    }

    /**
     * An {@link ArrayExample} that takes over arrays already sorted by name. ArrayExample's own constructor copies
     * both arrays and sorts them again (an argsort through boxed indices), for a result that is here the same
     * element for element.
     */
    static final class SortedExample extends ArrayExample<Label> {
        private static final long serialVersionUID = 1L;

        /**
         * @param names  feature names in ascending order, without repeats; kept, not copied
         * @param values their values; kept, not copied
         */
        SortedExample(Label output, String[] names, double[] values) {
            super(output, Example.DEFAULT_WEIGHT, 0);
            if (names.length != values.length) {
                throw new IllegalArgumentException("names.length != values.length: " + names.length + ", " + values.length);
            }
            this.featureNames = names;
            this.featureValues = values;
            this.size = names.length;
        }
    }
}
