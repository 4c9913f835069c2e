package dev.propensity.model;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * Reads log-odds weights out of Tribuo's binary logistic model. Its {@code LogMulticlass} model keeps one weight
 * row per label; the log-odds of a win is the difference of the two rows, bias included.
 */
public final class TribuoWeights {
    private TribuoWeights() {
    }

    /**
     * @param inputNames the pipeline's inputs, in order; inputs Tribuo never saw in training get weight 0
     * @return the weights in input order, followed by the bias as the last element
     */
    public static double[] extract(Model<Label> model, String[] inputNames, String positive, String negative) {
        if (!(model instanceof AbstractLinearSGDModel<?> linear)) {
            throw new IllegalArgumentException("expected a linear SGD model, got " + model.getClass().getSimpleName());
        }
        DenseMatrix matrix = linear.getWeightsCopy();
        int winRow = model.getOutputIDInfo().getID(new Label(positive));
        int lossRow = model.getOutputIDInfo().getID(new Label(negative));
        if (winRow < 0 || lossRow < 0) {
            throw new IllegalArgumentException("model does not know labels '" + positive + "' and '" + negative + "'");
        }
        ImmutableFeatureMap features = model.getFeatureIDMap();
        double[] result = new double[inputNames.length + 1];
        for (int i = 0; i < inputNames.length; i++) {
            VariableInfo info = features.get(inputNames[i]);
            if (info != null) {
                int id = features.getID(inputNames[i]);
                result[i] = matrix.get(winRow, id) - matrix.get(lossRow, id);
            }
        }
        int biasColumn = matrix.getDimension2Size() - 1;
        result[inputNames.length] = matrix.get(winRow, biasColumn) - matrix.get(lossRow, biasColumn);
        return result;
    }
}
