package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.Metrics;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.ScorerJson;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Scores the hold-out with the champion exactly as the server would: its own scorer, rebuilt from its version
 * folder, reading each row's raw values.
 */
final class ChampionOnHoldout {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChampionOnHoldout() {
    }

    static Metrics metrics(ModelRegistry registry, ModelVersion champion, LeadTable table, int[] rows) {
        PropensityModel scorer = scorer(registry, champion);
        double[] p = new double[rows.length];
        byte[] won = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            p[i] = scorer.probability(field -> {
                var column = table.columns().get(field);
                return column == null ? null : column.raw(row);
            });
            won[i] = table.won()[row];
        }
        return Metrics.of(p, won);
    }

    private static PropensityModel scorer(ModelRegistry registry, ModelVersion champion) {
        JsonNode json;
        try {
            json = MAPPER.readTree(champion.file(ScorerJson.FILE).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ScorerJson.FILE + " of champion " + champion.label()
                    + ": " + e.getMessage(), e);
        }
        return ScorerJson.fromJson(json, registry.loadModel(champion.number()));
    }
}
