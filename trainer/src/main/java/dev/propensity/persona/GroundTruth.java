package dev.propensity.persona;

import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.RankMetrics;
import dev.propensity.train.DataSplit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synthetic generator's true probability of each lead ({@code ground_truth.csv} beside the data file), so the
 * survey-value table can show the AUC that no model beats except by chance. Real data has no such file.
 *
 * @param probabilities true probability by lead id
 */
public record GroundTruth(Map<String, Double> probabilities) {
    /** The file the generator writes beside the opportunities. */
    public static final String FILE = "ground_truth.csv";

    /** The AUC of the true probabilities on the held-out rows that have one. */
    public record Ceiling(double auc, double low, double high, int rows) {
    }

    public GroundTruth {
        probabilities = Map.copyOf(probabilities);
    }

    /** The ground truth beside the file {@code table} was loaded from (its fingerprint's file). */
    public static Optional<GroundTruth> of(LeadTable table) {
        String file = table.fingerprint() == null ? null : table.fingerprint().file();
        return file == null || file.isBlank() ? Optional.empty() : beside(Path.of(file));
    }

    /**
     * The ground truth in the data file's folder; empty when there is none or it is not the generator's (no
     * {@code lead_id} and {@code true_probability} columns).
     *
     * @throws PersonaException naming the file and line of a probability that is not a number
     */
    public static Optional<GroundTruth> beside(Path dataFile) {
        Path file = dataFile.toAbsolutePath().resolveSibling(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int id = header.indexOf("lead_id");
        int p = header.indexOf("true_probability");
        if (id < 0 || p < 0) {
            return Optional.empty();
        }
        Map<String, Double> out = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            try {
                out.put(cells[id], Double.parseDouble(cells[p]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new PersonaException(file + " line " + (i + 1) + ": 'true_probability' is not a number");
            }
        }
        return Optional.of(new GroundTruth(out));
    }

    /** The true probabilities' AUC on the held-out rows whose id the file knows; empty when none or one class. */
    public Optional<Ceiling> ceiling(LeadTable table, DataSplit split) {
        int[] test = split.test();
        double[] truth = new double[test.length];
        byte[] won = new byte[test.length];
        int n = 0;
        int wins = 0;
        for (int row : test) {
            Double t = probabilities.get(table.ids()[row]);
            if (t != null) {
                truth[n] = t;
                won[n++] = table.won()[row];
                wins += table.won()[row];
            }
        }
        if (wins == 0 || wins == n) {
            return Optional.empty();
        }
        truth = Arrays.copyOf(truth, n);
        won = Arrays.copyOf(won, n);
        double auc = RankMetrics.rocAuc(truth, won);
        double se = SurveyValue.hanleyMcNeil(auc, won);
        return Optional.of(new Ceiling(auc, Math.max(0, auc - 1.96 * se), Math.min(1, auc + 1.96 * se), n));
    }
}
