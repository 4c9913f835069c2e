package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.sgd.AbstractSGDTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The trainer's claim is that its weights are Tribuo's own, bit for bit: each case trains Tribuo's
 * {@link LinearSGDTrainer} and this one on the same dataset and compares every weight with no tolerance.
 */
class PrimitiveSGDTrainerTest {
    private static final LabelFactory FACTORY = new LabelFactory();

    @Test
    void sparseTwoClassExamplesGiveTribuosWeights() {
        MutableDataset<Label> data = dataset(new Random(1), 2000, 40, 6, 2, false, false);
        assertSameWeights(tribuo(0.5, 3, 7).train(data), new PrimitiveSGDTrainer(0.5, 3, 7).train(data));
    }

    @Test
    void threeClassesWeightedExamplesAndEveryFeaturePresentGiveTribuosWeights() {
        // Every feature present makes Tribuo use dense vectors; weights other than 1 enter AdaGrad's step.
        MutableDataset<Label> data = dataset(new Random(2), 800, 5, 5, 3, true, true);
        assertSameWeights(tribuo(1.0, 4, 99).train(data), new PrimitiveSGDTrainer(1.0, 4, 99).train(data));
    }

    @Test
    void laterRunsOfOneTrainerFollowTribuosRandomStream() {
        MutableDataset<Label> data = dataset(new Random(3), 500, 20, 4, 2, false, false);
        LinearSGDTrainer theirs = tribuo(0.3, 2, 5);
        PrimitiveSGDTrainer ours = new PrimitiveSGDTrainer(0.3, 2, 5);
        assertSameWeights(theirs.train(data), ours.train(data));
        // The second run shuffles with the stream's next split, and differs from the first.
        Model<Label> secondTheirs = theirs.train(data);
        LinearSGDModel secondOurs = ours.train(data);
        assertSameWeights(secondTheirs, secondOurs);
        assertEquals(2, ours.getInvocationCount());
        // An explicit invocation count rewinds the stream as Tribuo's does.
        assertSameWeights(theirs.train(data, java.util.Map.of(), 1), ours.train(data, java.util.Map.of(), 1));
    }

    @Test
    void anEncodedDatasetTrainsFromItsRowsToWhatTribuoLearnsFromItsExamples() {
        MutableDataset<Label> data = dataset(new Random(4), 1500, 30, 5, 2, false, false);
        List<Example<Label>> examples = new ArrayList<>();
        data.forEach(examples::add);
        SparseRows.Builder builder = new SparseRows.Builder(examples.size(), 8); // far too small: it must grow
        int bias = data.getFeatureIDMap().size();
        for (Example<Label> example : examples) {
            int[] columns = new int[example.size() + 1];
            double[] values = new double[example.size() + 1];
            int k = 0;
            for (org.tribuo.Feature feature : example) {
                columns[k] = data.getFeatureIDMap().getID(feature.getName());
                values[k++] = feature.getValue();
            }
            columns[k] = bias;
            values[k++] = 1.0;
            builder.add(columns, values, k, data.getOutputIDInfo().getID(example.getOutput()));
        }
        int[] sameColumn = java.util.stream.IntStream.rangeClosed(0, bias).toArray();
        int[] sameTarget = {0, 1};
        EncodedDataset encoded = new EncodedDataset(source(), data.getFeatureIDMap(), data.getOutputIDInfo(),
                builder.build(sameColumn, bias + 1, sameTarget));

        // Its examples are the original ones, so Tribuo's trainer reading them agrees with ours reading the rows.
        assertEquals(examples.size(), encoded.size());
        for (int i = 0; i < examples.size(); i++) {
            assertEquals(examples.get(i).getOutput(), encoded.getExample(i).getOutput());
            assertEquals(examples.get(i).size(), encoded.getExample(i).size());
            var theirs = examples.get(i).iterator();
            for (org.tribuo.Feature feature : encoded.getExample(i)) {
                assertEquals(theirs.next(), feature);
            }
        }
        assertSameWeights(tribuo(0.5, 3, 11).train(encoded), new PrimitiveSGDTrainer(0.5, 3, 11).train(encoded));
        assertSameWeights(tribuo(0.5, 3, 11).train(data), new PrimitiveSGDTrainer(0.5, 3, 11).train(encoded));
    }

    @Test
    void theGradientIsOneHotMinusTheSoftmaxOnAHandComputedCase() {
        // Scores 0 and ln 3: probabilities 1/4 and 3/4; truth 0 gives 1 - 1/4 and -3/4.
        double[] score = {0.0, Math.log(3.0)};
        PrimitiveSGDTrainer.softmaxGradient(score, 0);
        assertEquals(0.75, score[0], 1e-15);
        assertEquals(-0.75, score[1], 1e-15);
        // Tribuo's own: the normalised prediction, scaled by -1, plus 1 at the truth.
        DenseVector prediction = DenseVector.createDenseVector(new double[]{2.0, -1.0, 0.5});
        var tribuos = new LogMulticlass().lossAndGradient(2, prediction).getB();
        double[] ours = {2.0, -1.0, 0.5};
        PrimitiveSGDTrainer.softmaxGradient(ours, 2);
        for (int c = 0; c < 3; c++) {
            assertEquals(tribuos.get(c), ours[c], 0.0);
        }
    }

    @Test
    void theShuffleIsTribuosPermutation() {
        int n = 1000;
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        PrimitiveSGDTrainer.shuffle(order, new SplittableRandom(42));
        org.tribuo.math.la.SGDVector[] vectors = new org.tribuo.math.la.SGDVector[n];
        Integer[] labels = new Integer[n];
        for (int i = 0; i < n; i++) {
            vectors[i] = DenseVector.createDenseVector(new double[]{i});
            labels[i] = i;
        }
        AbstractSGDTrainer.shuffleInPlace(vectors, labels, new double[n], new SplittableRandom(42));
        for (int i = 0; i < n; i++) {
            assertEquals(labels[i], order[i], "position " + i);
        }
        assertTrue(order[0] != 0 || order[1] != 1, "shuffled");
    }

    @Test
    void aDatasetWithUnknownLabelsIsRefused() {
        MutableDataset<Label> data = new MutableDataset<>(source(), FACTORY);
        data.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, new String[]{"a"}, new double[]{1}));
        data.add(new ArrayExample<>(new Label("won"), new String[]{"a"}, new double[]{2}));
        assertThrows(IllegalArgumentException.class, () -> new PrimitiveSGDTrainer(0.5, 1, 1).train(data));
    }

    private static LinearSGDTrainer tribuo(double learningRate, int epochs, long seed) {
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate), epochs, -1, 1, seed);
    }

    private static void assertSameWeights(Model<Label> theirs, LinearSGDModel ours) {
        DenseMatrix expected = (DenseMatrix) ((LinearSGDModel) theirs).getWeightsCopy();
        DenseMatrix actual = (DenseMatrix) ours.getWeightsCopy();
        assertEquals(expected.getDimension1Size(), actual.getDimension1Size());
        assertEquals(expected.getDimension2Size(), actual.getDimension2Size());
        for (int c = 0; c < expected.getDimension1Size(); c++) {
            assertArrayEquals(expected.getRow(c).toArray(), actual.getRow(c).toArray(), 0.0, "class " + c);
        }
        assertEquals(theirs.getFeatureIDMap().size(), ours.getFeatureIDMap().size());
        assertEquals(theirs.getOutputIDInfo().size(), ours.getOutputIDInfo().size());
        assertTrue(Arrays.stream(actual.getRow(0).toArray()).anyMatch(w -> w != 0), "trained");
    }

    /**
     * @param dense every feature in every example (Tribuo then makes dense vectors)
     * @param weighted example weights between 0.5 and 2
     */
    private static MutableDataset<Label> dataset(Random random, int rows, int features, int perRow, int classes,
                                                 boolean dense, boolean weighted) {
        MutableDataset<Label> data = new MutableDataset<>(source(), FACTORY);
        double[] truth = random.doubles(features).map(v -> 2 * v - 1).toArray();
        for (int r = 0; r < rows; r++) {
            int n = dense ? features : 1 + random.nextInt(perRow);
            java.util.TreeSet<Integer> picked = new java.util.TreeSet<>();
            while (picked.size() < n) {
                picked.add(random.nextInt(features));
            }
            String[] names = new String[n];
            double[] values = new double[n];
            double z = 0;
            int k = 0;
            for (int f : picked) {
                names[k] = String.format("f%03d", f);
                values[k] = random.nextBoolean() ? 1.0 : random.nextGaussian();
                z += truth[f] * values[k++];
            }
            int label = Math.floorMod((int) Math.floor(z * 2 + random.nextGaussian()), classes);
            ArrayExample<Label> example = new ArrayExample<>(new Label("c" + label), names, values);
            if (weighted) {
                example.setWeight(0.5f + 1.5f * random.nextFloat());
            }
            data.add(example);
        }
        return data;
    }

    private static SimpleDataSourceProvenance source() {
        return new SimpleDataSourceProvenance("test rows", OffsetDateTime.now(), FACTORY);
    }
}
