package dev.propensity.features;

import dev.propensity.concurrent.SideTask;
import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Interaction;
import dev.propensity.schema.ValueParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/** Learns a {@link FeaturePipeline} from the training rows only, so nothing of the test rows leaks into it. */
public final class PipelineFitter {
    private final PipelineOptions options;

    public PipelineFitter(PipelineOptions options) {
        this.options = options;
    }

    public FeaturePipeline fit(LeadTable table, int[] rows) {
        return fit(table, rows, SPLIT_FROM_ROWS);
    }

    /** Training rows from which the fields' encoders are fitted on two threads. */
    static final int SPLIT_FROM_ROWS = 50_000;

    /** @param splitFrom training rows from which the fields' encoders are fitted on two threads */
    FeaturePipeline fit(LeadTable table, int[] rows, int splitFrom) {
        List<FeatureSpec> specs = table.schema().features();
        List<FieldEncoder> encoders = new ArrayList<>(fieldEncoders(table, specs, rows, rows.length >= splitFrom));
        ValueParser parser = new ValueParser(table.schema().format());
        // A pipeline without interactions combines nothing; it serves to read the pairs as scoring will.
        FeaturePipeline reader = new FeaturePipeline(specs, List.of(), encoders, parser);
        for (Interaction interaction : table.schema().interactions()) {
            String[] combined = new String[table.size()];
            FeatureSpec first = table.schema().feature(interaction.first()).orElseThrow();
            FeatureSpec second = table.schema().feature(interaction.second()).orElseThrow();
            Column a = table.column(first.name());
            Column b = table.column(second.name());
            for (int row : rows) {
                combined[row] = reader.combined(reader.typed(first, a.raw(row)), reader.typed(second, b.raw(row)));
            }
            encoders.add(categorical(interaction.field(), combined, rows));
        }
        if (specs.stream().anyMatch(s -> s.group() == FeatureGroup.SURVEY)) {
            encoders.add(new SurveyAnsweredEncoder(SurveyAnsweredEncoder.FIELD));
        }
        return new FeaturePipeline(specs, table.schema().interactions(), encoders, parser);
    }

    /**
     * Each field's encoder, in the schema's order. Each depends on its own column only, so on many rows they are
     * fitted on two threads, each taking the next field not yet taken (sorting a numeric column's values costs
     * more than counting a category's): the same encoders as one after the other.
     */
    private List<FieldEncoder> fieldEncoders(LeadTable table, List<FeatureSpec> specs, int[] rows, boolean twoThreads) {
        FieldEncoder[] encoders = new FieldEncoder[specs.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int f; (f = next.getAndIncrement()) < specs.size(); ) {
                encoders[f] = fieldEncoder(table, specs.get(f), rows);
            }
        };
        if (!twoThreads) {
            work.run();
            return List.of(encoders);
        }
        SideTask<Void> second = SideTask.start("pipeline fit", () -> {
            work.run();
            return null;
        });
        work.run();
        second.join();
        return List.of(encoders);
    }

    private FieldEncoder fieldEncoder(LeadTable table, FeatureSpec spec, int[] rows) {
        Column column = table.column(spec.name());
        return switch (spec.kind()) {
            case CATEGORICAL -> categorical(spec.name(), ((Column.Text) column).values(), rows);
            case NUMERIC -> numeric(spec.name(), ((Column.Numbers) column).values(), rows);
            case BOOLEAN -> new BooleanEncoder(spec.name());
        };
    }

    private CategoricalEncoder categorical(String field, String[] values, int[] rows) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> normalised = new HashMap<>();
        for (int row : rows) {
            String value = values[row];
            if (value != null) {
                counts.merge(normalised.computeIfAbsent(value, CategoryNames::normalise), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> frequent = new ArrayList<>(counts.entrySet());
        frequent.removeIf(e -> e.getValue() < options.minLevelCount());
        // Most frequent first, ties by name, so that the same data always gives the same encoder.
        frequent.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> levels = frequent.stream().limit(options.maxLevels()).map(Map.Entry::getKey).toList();
        return new CategoricalEncoder(field, levels);
    }

    private NumericEncoder numeric(String field, double[] values, int[] rows) {
        double[] present = Arrays.stream(rows).mapToDouble(r -> values[r]).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length == 0) {
            return new NumericEncoder(field, false, 0, 0, 0, 1, new double[0]);
        }
        boolean log = Arrays.stream(present).min().orElse(0) >= 0 && skewness(present) > options.logSkewness();
        double[] transformed = Arrays.stream(present).map(v -> log ? Math.log1p(v) : v).sorted().toArray();
        double low = quantile(transformed, 0.005);
        double high = quantile(transformed, 0.995);
        double sum = 0;
        double sumSquares = 0;
        for (double v : transformed) {
            double c = Math.min(Math.max(v, low), high);
            sum += c;
            sumSquares += c * c;
        }
        double mean = sum / transformed.length;
        double variance = Math.max(sumSquares / transformed.length - mean * mean, 0);
        double std = variance > 1e-18 ? Math.sqrt(variance) : 1;
        TreeSet<Double> edges = new TreeSet<>();
        for (int b = 1; b < options.quantileBins(); b++) {
            double edge = quantile(transformed, (double) b / options.quantileBins());
            if (edge > transformed[0] && edge <= transformed[transformed.length - 1]) {
                edges.add(edge);
            }
        }
        return new NumericEncoder(field, log, low, high, mean, std, edges.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    private static double skewness(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double m2 = 0;
        double m3 = 0;
        for (double v : values) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= values.length;
        m3 /= values.length;
        return m2 <= 1e-18 ? 0 : m3 / Math.pow(m2, 1.5);
    }
}
