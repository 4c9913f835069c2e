package dev.propensity.grade;

import dev.propensity.features.FeaturePipeline;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Interaction;
import java.util.List;

/**
 * Which sub-score each field of a pipeline belongs to, so that the combined model's exact contributions can be
 * summed per group: the combined log-odds is the baseline plus the fit, engagement and intent partial sums.
 * An interaction counts towards its first feature's group; the survey indicator towards fit.
 */
public final class GroupLayout {
    private final ScoreGroup[] groups;

    public GroupLayout(FeaturePipeline pipeline) {
        List<FeatureSpec> specs = pipeline.specs();
        List<Interaction> interactions = pipeline.interactions();
        int fields = pipeline.fields().size();
        groups = new ScoreGroup[fields];
        for (int f = 0; f < fields; f++) {
            if (f < specs.size()) {
                groups[f] = ScoreGroup.of(specs.get(f).group());
            } else if (f < specs.size() + interactions.size()) {
                String first = interactions.get(f - specs.size()).first();
                groups[f] = specs.stream().filter(s -> s.name().equals(first)).findFirst()
                        .map(s -> ScoreGroup.of(s.group())).orElse(ScoreGroup.FIT);
            } else {
                groups[f] = ScoreGroup.FIT;
            }
        }
    }

    public ScoreGroup group(int field) {
        return groups[field];
    }

    /** The sum of the contributions of each group's fields, indexed by {@link ScoreGroup#ordinal()}. */
    public double[] partials(Explanation explanation) {
        double[] sums = new double[ScoreGroup.values().length];
        List<Contribution> contributions = explanation.contributions();
        for (int f = 0; f < contributions.size(); f++) {
            sums[groups[f].ordinal()] += contributions.get(f).logOdds();
        }
        return sums;
    }

    /** Whether any field counts towards {@code group}. */
    public boolean has(ScoreGroup group) {
        for (ScoreGroup g : groups) {
            if (g == group) {
                return true;
            }
        }
        return false;
    }
}
