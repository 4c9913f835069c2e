package dev.propensity.registry;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Tiny named leads and a tiny logistic model trained on them, for testing the registry's machinery. */
public final class TinyModels {
    private static final LabelFactory LABELS = new LabelFactory();
    private static final String[] FEATURES = {"visits", "emails_opened", "is_referral"};

    private TinyModels() {
    }

    /** Eight hand-made leads: keen ones that won, cold ones that were lost. */
    public static List<Example<Label>> leads() {
        return List.of(
                lead("win", 0.9, 0.8, 1.0),
                lead("win", 1.2, 0.5, 1.0),
                lead("win", 0.7, 1.1, 0.0),
                lead("win", 1.5, 0.9, 1.0),
                lead("loss", -0.8, -0.6, 0.0),
                lead("loss", -1.1, -0.2, 0.0),
                lead("loss", -0.4, -1.3, 1.0),
                lead("loss", -1.4, -0.9, 0.0));
    }

    /** A logistic model (LogMulticlass, AdaGrad 0.1, five epochs, fixed seed) trained on {@link #leads()}. */
    public static Model<Label> train() {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("tiny leads", LABELS), LABELS);
        data.addAll(leads());
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1), 5, -1, 42L);
        return trainer.train(data);
    }

    private static Example<Label> lead(String outcome, double visits, double emails, double referral) {
        return new ArrayExample<>(LABELS.generateOutput(outcome), FEATURES.clone(),
                new double[]{visits, emails, referral});
    }
}
