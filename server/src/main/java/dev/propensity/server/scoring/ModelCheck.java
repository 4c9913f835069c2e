package dev.propensity.server.scoring;

import dev.propensity.features.LeadValues;
import dev.propensity.model.Explanation;
import dev.propensity.schema.FeatureSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * The check a version passes before it serves: its scorer's pipeline must read the schema's features, and it scores a probe lead built from its own schema, and an
 * empty lead, and both must give a finite probability strictly between 0 and 1 whose explanation adds up.
 */
public final class ModelCheck {
    private static final double TOLERANCE = 1e-9;

    private ModelCheck() {
    }

    /** @throws ModelRefusedException saying what failed */
    public static void verify(LoadedModel model) {
        // A scorer.json from another version, or an emptied one, would still score; it must describe
        // exactly the features the version's schema declares.
        if (!model.scorer().pipeline().specs().stream().map(FeatureSpec::name).toList().equals(model.schema().featureNames())) {
            throw new ModelRefusedException(model.version(), "scorer.json's pipeline does not match the schema's features "
                    + model.schema().featureNames(), null);
        }
        check(model, probe(model), "the probe lead");
        check(model, field -> null, "an empty lead");
    }

    private static void check(LoadedModel model, LeadValues lead, String what) {
        Explanation explanation = model.scorer().explain(lead);
        double p = explanation.probability();
        if (!(p > 0 && p < 1) || Double.isNaN(p)) {
            throw new ModelRefusedException(model.version(), what + " scored " + p + ", outside (0, 1)", null);
        }
        double sum = explanation.baselineLogOdds();
        for (var c : explanation.contributions()) {
            sum += c.logOdds();
        }
        if (!Double.isFinite(sum) || Math.abs(sum - explanation.logOdds()) > TOLERANCE * Math.max(1, Math.abs(sum))) {
            throw new ModelRefusedException(model.version(), "the explanation of " + what + " does not add up", null);
        }
    }

    /** A plausible lead: 1 for every number, no for every yes/no, an unseen word for every category. */
    private static LeadValues probe(LoadedModel model) {
        Map<String, Object> values = new HashMap<>();
        for (FeatureSpec spec : model.schema().features()) {
            switch (spec.kind()) {
                case NUMERIC -> values.put(spec.name(), 1.0);
                case BOOLEAN -> values.put(spec.name(), Boolean.FALSE);
                default -> values.put(spec.name(), "probe");
            }
        }
        return values::get;
    }
}
