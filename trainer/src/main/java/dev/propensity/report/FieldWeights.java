package dev.propensity.report;

import dev.propensity.data.LeadTable;
import dev.propensity.model.PropensityModel;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.train.TableEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What drives the score, in words a sales team reads. The weights of one-hot and binned inputs mean little
 * on their own, so each field is judged by its exact contributions ({@link PropensityModel#explain}) over the
 * held-out leads: how far it moves a typical lead's log-odds, and which of its levels or ranges move them
 * up or down the most.
 */
public final class FieldWeights {
    /** How many levels are listed each way. */
    private static final int LEVELS_EACH_WAY = 3;

    /**
     * One field's weight.
     *
     * @param field               the field
     * @param description         its readable name from the schema
     * @param group               fit, intent, engagement or survey ("other" for the survey indicator)
     * @param meanAbsContribution mean absolute log-odds contribution over the held-out leads
     * @param share               its share of the sum of all fields' mean absolute contributions
     * @param raises              levels that raise the likelihood most, strongest first
     * @param lowers              levels that lower it most, strongest first
     * @param sentence            the same in one sentence
     */
    public record Weight(String field, String description, String group, double meanAbsContribution, double share,
                         List<LevelEffect> raises, List<LevelEffect> lowers, String sentence) {
        public Weight {
            raises = List.copyOf(raises);
            lowers = List.copyOf(lowers);
        }
    }

    /**
     * One level's average effect.
     *
     * @param level            the category, yes/no, or numeric range
     * @param count            held-out leads with it
     * @param meanContribution their mean log-odds contribution
     * @param oddsFactor       {@code exp(meanContribution)}: their odds of winning against an average lead's
     */
    public record LevelEffect(String level, long count, double meanContribution, double oddsFactor) {
    }

    private FieldWeights() {
    }

    /** Weights of every field of {@code model}, strongest first, over {@code rows} of {@code table}. */
    public static List<Weight> of(PropensityModel model, LeadTable table, int[] rows) {
        List<String> fields = model.pipeline().fields();
        int n = fields.size();
        double[] absSum = new double[n];
        List<Map<String, double[]>> byLevel = new ArrayList<>(n);
        List<FieldLevels> levels = new ArrayList<>(n);
        for (String field : fields) {
            byLevel.add(new LinkedHashMap<>());
            Optional<FeatureSpec> spec = table.schema().feature(field);
            levels.add(spec.map(s -> FieldLevels.of(table.column(field), s.kind(), rows)).orElse(null));
        }
        // Each field's contribution as PropensityModel.explain works it out, from the row's encoded inputs
        // (read straight from the table's columns): explaining every held-out lead in full cost more than the fit.
        TableEncoder encoder = new TableEncoder(table, model.pipeline());
        double[] inputs = new double[model.pipeline().width()];
        int[] offsets = model.pipeline().offsets();
        double[] inputWeights = model.weights();
        double[] means = model.means();
        for (int row : rows) {
            encoder.dense(row, inputs);
            for (int f = 0; f < n; f++) {
                double sum = 0;
                for (int i = offsets[f]; i < offsets[f + 1]; i++) {
                    sum += inputWeights[i] * (inputs[i] - means[i]);
                }
                double c = model.slope() * sum;
                absSum[f] += Math.abs(c);
                if (levels.get(f) != null) {
                    double[] acc = byLevel.get(f).computeIfAbsent(levels.get(f).level(row), k -> new double[2]);
                    acc[0] += c;
                    acc[1]++;
                }
            }
        }
        double total = 0;
        for (double a : absSum) {
            total += a;
        }
        List<Weight> weights = new ArrayList<>(n);
        long minCount = Math.max(3, (long) Math.ceil(0.01 * rows.length));
        for (int f = 0; f < n; f++) {
            String field = fields.get(f);
            Optional<FeatureSpec> spec = table.schema().feature(field);
            String description = table.schema().describe(field);
            List<LevelEffect> effects = new ArrayList<>();
            byLevel.get(f).forEach((level, acc) -> {
                if (acc[1] >= minCount) {
                    double mean = acc[0] / acc[1];
                    effects.add(new LevelEffect(level, (long) acc[1], mean, Math.exp(mean)));
                }
            });
            List<LevelEffect> raises = effects.stream().filter(e -> e.meanContribution() > 0)
                    .sorted(Comparator.comparingDouble(LevelEffect::meanContribution).reversed())
                    .limit(LEVELS_EACH_WAY).toList();
            List<LevelEffect> lowers = effects.stream().filter(e -> e.meanContribution() < 0)
                    .sorted(Comparator.comparingDouble(LevelEffect::meanContribution))
                    .limit(LEVELS_EACH_WAY).toList();
            double mean = rows.length == 0 ? 0 : absSum[f] / rows.length;
            weights.add(new Weight(field, description, spec.map(s -> s.group().jsonName()).orElse("other"), mean,
                    total == 0 ? 0 : absSum[f] / total, raises, lowers, sentence(description, raises, lowers)));
        }
        weights.sort(Comparator.comparingDouble(Weight::meanAbsContribution).reversed());
        return List.copyOf(weights);
    }

    /** "Industry: “software” raises the odds of winning most (×1.8 against an average lead); “retail” lowers them most (×0.6)." */
    static String sentence(String description, List<LevelEffect> raises, List<LevelEffect> lowers) {
        String name = description.isEmpty() ? description
                : description.substring(0, 1).toUpperCase(Locale.ROOT) + description.substring(1);
        if (raises.isEmpty() && lowers.isEmpty()) {
            return name + " barely moves the score.";
        }
        StringBuilder text = new StringBuilder(name).append(": ");
        if (!raises.isEmpty()) {
            LevelEffect up = raises.get(0);
            text.append(String.format(Locale.ROOT, "“%s” raises the odds of winning most (×%.2f against an average lead)",
                    up.level(), up.oddsFactor()));
        }
        if (!lowers.isEmpty()) {
            LevelEffect down = lowers.get(0);
            text.append(raises.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                    "“%s” lowers them most (×%.2f)", down.level(), down.oddsFactor()));
        }
        return text.append('.').toString();
    }
}
