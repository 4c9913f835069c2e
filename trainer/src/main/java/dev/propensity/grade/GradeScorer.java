package dev.propensity.grade;

import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.train.PlattCalibration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Computes a lead's sub-scores from its combined explanation. The fit sub-score is
 * {@code sigmoid(a + b * S_fit)} where {@code S_fit} is the sum of the fit fields' exact contributions to the
 * combined log-odds; its own contributions are {@code b * c_f}, so they too add up exactly. Engagement is computed
 * the same way from the engagement fields, or from decayed events when the lead has them and the version learnt
 * an event model. Intent is the smoothed rate of the intent fields' combination.
 */
public final class GradeScorer {
    public static final String EVENTS = "events";
    public static final String SNAPSHOT = "snapshot";

    private final GradingModel model;
    private final GroupLayout layout;
    private final FeaturePipeline pipeline;

    public GradeScorer(GradingModel model, FeaturePipeline pipeline) {
        this.model = model;
        this.layout = new GroupLayout(pipeline);
        this.pipeline = pipeline;
    }

    public GradingModel model() {
        return model;
    }

    /**
     * @param events the lead's activity events, empty when none were sent or stored
     * @param asOf   the moment to score engagement at
     */
    public LeadGrading grade(Explanation explanation, LeadValues lead, List<ActivityEvent> events, Instant asOf) {
        SubScore fit = partial(explanation, ScoreGroup.FIT, model.fit());
        SubScore engagement;
        String basis;
        if (model.events().isPresent() && !events.isEmpty()) {
            engagement = model.events().get().score(events, asOf);
            basis = EVENTS;
        } else {
            engagement = partial(explanation, ScoreGroup.ENGAGEMENT, model.engagement());
            basis = SNAPSHOT;
        }
        IntentEstimate intent = model.intent().estimate(lead, pipeline);
        Grade grade = model.thresholds().grade(fit.probability(), engagement.probability());
        return new LeadGrading(fit, engagement, basis, intent, grade);
    }

    SubScore partial(Explanation explanation, ScoreGroup group, PlattCalibration.Fit line) {
        List<Contribution> all = explanation.contributions();
        Contribution[] mine = new Contribution[all.size()];
        int size = 0;
        double z = line.intercept();
        for (int f = 0; f < all.size(); f++) {
            if (layout.group(f) == group) {
                Contribution c = all.get(f);
                double scaled = line.slope() * c.logOdds();
                z += scaled;
                mine[size++] = new Contribution(c.field(), c.value(), scaled);
            }
        }
        // An unmodifiable list already, which SubScore keeps without copying it again (this runs for every answer).
        return new SubScore(PlattCalibration.sigmoid(z), z, line.intercept(), List.of(Arrays.copyOf(mine, size)));
    }

    /** The partial sums of one explanation, per {@link ScoreGroup} ordinal. */
    double[] partials(Explanation explanation) {
        return layout.partials(explanation);
    }
}
