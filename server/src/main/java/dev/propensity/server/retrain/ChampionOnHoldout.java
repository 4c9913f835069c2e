package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.Metrics;
import dev.propensity.features.LeadValues;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.ScorerJson;
import dev.propensity.persona.PersonaAssigner;
import dev.propensity.persona.PersonaBook;
import dev.propensity.persona.PersonaInput;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Scores the hold-out with the champion exactly as the server would: its own scorer, rebuilt from its version
 * folder, reading each row's raw values.
 */
final class ChampionOnHoldout {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChampionOnHoldout() {
    }

    /**
     * @param personas the champion's persona book when its model takes the derived persona, which is then derived
     *                 for each row as the server derives it (whatever the row holds under that name)
     */
    static Metrics metrics(ModelRegistry registry, ModelVersion champion, Optional<PersonaBook> personas,
                           LeadTable table, int[] rows) {
        PropensityModel scorer = scorer(registry, champion);
        PersonaAssigner assigner = personas.map(PersonaBook::assigner).orElse(null);
        double[] p = new double[rows.length];
        byte[] won = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            LeadValues lead = field -> {
                var column = table.columns().get(field);
                return column == null ? null : column.raw(row);
            };
            p[i] = scorer.probability(personas.isEmpty() ? lead : PersonaInput.with(personas.get(), assigner, lead));
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
