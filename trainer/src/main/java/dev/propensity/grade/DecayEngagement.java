package dev.propensity.grade;

import dev.propensity.model.Contribution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Engagement from activity events: each event of type t adds {@code w_t * 2^(-age / halfLife_t)} to the log-odds,
 * so a lead who goes quiet for one half-life keeps half of each event's contribution, after two a quarter.
 * Events later than the moment scored are ignored; types not learnt are ignored.
 *
 * @param types        event types, folded to lower case
 * @param halfLifeDays half-life per type, in days
 * @param weights      log-odds weight of one fresh event per type
 * @param bias         the log-odds of a lead with no events
 */
public record DecayEngagement(List<String> types, double[] halfLifeDays, double[] weights, double bias) {
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    public DecayEngagement {
        types = List.copyOf(types);
        if (halfLifeDays.length != types.size() || weights.length != types.size()) {
            throw new IllegalArgumentException("one half-life and one weight per event type expected");
        }
        for (double h : halfLifeDays) {
            if (!(h > 0)) {
                throw new IllegalArgumentException("half-lives must be positive, got " + h);
            }
        }
    }

    /** What is left of one event after {@code ageDays}: {@code 2^(-ageDays / halfLifeDays)}. */
    public static double decay(double ageDays, double halfLifeDays) {
        return Math.pow(2.0, -ageDays / halfLifeDays);
    }

    /** Each type's decayed event count at {@code asOf}, in {@link #types()} order. */
    public double[] levels(List<ActivityEvent> events, Instant asOf) {
        double[] levels = new double[types.size()];
        for (ActivityEvent event : events) {
            int t = types.indexOf(event.type().strip().toLowerCase(Locale.ROOT));
            if (t < 0 || event.time().isAfter(asOf)) {
                continue;
            }
            double age = (asOf.toEpochMilli() - event.time().toEpochMilli()) / MILLIS_PER_DAY;
            levels[t] += decay(age, halfLifeDays[t]);
        }
        return levels;
    }

    /** The engagement sub-score with one contribution per event type. */
    public SubScore score(List<ActivityEvent> events, Instant asOf) {
        double[] levels = levels(events, asOf);
        List<Contribution> contributions = new ArrayList<>(types.size());
        double z = bias;
        for (int t = 0; t < types.size(); t++) {
            double c = weights[t] * levels[t];
            z += c;
            contributions.add(new Contribution(types.get(t), Math.round(levels[t] * 1000) / 1000.0, c));
        }
        return new SubScore(sigmoid(z), z, bias, contributions);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
