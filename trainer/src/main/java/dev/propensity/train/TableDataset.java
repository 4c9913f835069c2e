package dev.propensity.train;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.ImmutableDataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.DataProvenance;

/**
 * Rows of a table as a Tribuo dataset whose examples are made while the trainer reads them, from the table's
 * columns, and dropped once the trainer has turned each into its own sparse vector. A {@code MutableDataset} would
 * hold every example (names and values of each row) beside the trainer's vectors: a second copy of the training
 * data, some 400 MB on 800,000 leads. The feature and label domains are worked out beforehand by
 * {@link LogisticFit}, as {@code MutableDataset} would from the same examples.
 */
final class TableDataset extends ImmutableDataset<Label> {
    private static final long serialVersionUID = 1L;

    private final transient TableEncoder encoder;
    private final int[] rows;
    private final byte[] won;
    private final String[] names;
    private final Label win;
    private final Label loss;
    /** Each input's place in name order: Tribuo wants an example's features sorted by name. */
    private final int[] nameRank;
    private transient PrefetchingIterator<Example<Label>> reading;
    /** Run once, when the trainer has been handed the last example: its epochs start then. */
    private transient Runnable whenRead = () -> { };

    /**
     * @param rows   the table rows, in the order the trainer sees them
     * @param won    1 for a win, by table row
     * @param names  input names, by input position
     */
    TableDataset(DataProvenance provenance, ImmutableFeatureMap features, ImmutableOutputInfo<Label> labels,
                 TableEncoder encoder, int[] rows, byte[] won, String[] names, Label win, Label loss) {
        super(provenance, new LabelFactory(), features, labels);
        this.encoder = encoder;
        this.rows = rows;
        this.won = won;
        this.names = names;
        this.win = win;
        this.loss = loss;
        Integer[] byName = new Integer[names.length];
        for (int i = 0; i < names.length; i++) {
            byName[i] = i;
        }
        java.util.Arrays.sort(byName, (a, b) -> names[a].compareTo(names[b]));
        this.nameRank = new int[names.length];
        for (int r = 0; r < byName.length; r++) {
            nameRank[byName[r]] = r;
        }
    }

    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public Example<Label> getExample(int index) {
        return example(rows[index], new int[names.length], new double[names.length]);
    }

    @Override
    public List<Example<Label>> getData() {
        throw new UnsupportedOperationException("a table dataset makes its examples while it is read: iterate it");
    }

    /**
     * The examples, made a few batches ahead on a thread of their own (see {@link PrefetchingIterator}): the encoder
     * is used by that thread alone until the trainer has read them all or {@link #stopReading()} is called.
     */
    @Override
    public synchronized Iterator<Example<Label>> iterator() {
        stopReading();
        int[] index = new int[names.length];
        double[] value = new double[names.length];
        Runnable once = whenRead;
        whenRead = () -> { };
        reading = new PrefetchingIterator<>("examples", rows.length, i -> example(rows[i], index, value), once);
        return reading;
    }

    /**
     * Runs {@code work} once the trainer has read every example, on its thread: Tribuo's SGD trainer reads the
     * dataset once, into vectors of its own, then runs its epochs on one thread, leaving the second core free.
     */
    void whenRead(Runnable work) {
        this.whenRead = work;
    }

    /** Stops making examples for an iterator the trainer has not read to the end (it failed). */
    synchronized void stopReading() {
        if (reading != null) {
            reading.close();
            reading = null;
        }
    }

    /**
     * The example {@code MutableDataset} was given before: the row's non-zero inputs by name, and its label, in name
     * order as an ArrayExample keeps them.
     */
    private Example<Label> example(int row, int[] index, double[] value) {
        int n = encoder.nonZeros(row, index, value);
        // Insertion sort by name rank: a few dozen inputs, already in order within each field's block.
        for (int i = 1; i < n; i++) {
            int at = index[i];
            double v = value[i];
            int j = i - 1;
            while (j >= 0 && nameRank[index[j]] > nameRank[at]) {
                index[j + 1] = index[j];
                value[j + 1] = value[j];
                j--;
            }
            index[j + 1] = at;
            value[j + 1] = v;
        }
        String[] rowNames = new String[n];
        for (int i = 0; i < n; i++) {
            rowNames[i] = names[index[i]];
        }
        return new SortedExample(won[row] == 1 ? win : loss, rowNames, Arrays.copyOf(value, n));
    }

    /**
     * An {@link ArrayExample} that takes over arrays already sorted by name. ArrayExample's own constructor copies
     * both arrays and sorts them again (an argsort through boxed indices): about a third of making an example, for
     * a result that is here the same element for element.
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
