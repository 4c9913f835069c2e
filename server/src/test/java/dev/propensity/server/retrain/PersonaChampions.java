package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import dev.propensity.persona.DealColumns;
import dev.propensity.persona.PersonaInputChoice;
import dev.propensity.persona.PersonaName;
import dev.propensity.persona.PersonaSettings;
import dev.propensity.persona.PersonaSettingsReader;
import dev.propensity.persona.PersonaStep;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.testing.CsvRows;
import dev.propensity.server.testing.FolderCopy;
import dev.propensity.server.testing.PersonaSample;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A registry whose champion v1 has personas (issue 9), trained as {@code train} would on the synthetic CRM with the
 * personas schema, once per test run and copied for each test (tests may damage their copy); and fresh leads from
 * the same CRM as a CRM would send them to be scored, with the outcome it would report later.
 */
public final class PersonaChampions {
    /** The data team's names of three personas (k is at least 3), so that names, not only ids, must carry over. */
    public static final Map<String, PersonaName> NAMES = Map.of(
            "P1", new PersonaName("P1", "First of the fleet", "named by the test", Optional.of("marketing")),
            "P2", new PersonaName("P2", "Second of the fleet", "named by the test", Optional.empty()),
            "P3", new PersonaName("P3", "Third of the fleet", "named by the test", Optional.empty()));
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Boolean, Path> TEMPLATES = new HashMap<>();

    /**
     * A lead as the CRM sends it to be scored (schema fields and survey answers as text, plus {@code lead_id}),
     * and what it reports later.
     */
    public record FreshLead(String id, ObjectNode input, boolean won, LocalDate closed) {
    }

    private PersonaChampions() {
    }

    /**
     * Copies the registry into {@code folder}.
     *
     * @param input whether the champion's model takes the derived persona as an input
     */
    public static Path copyInto(Path folder, boolean input) throws IOException {
        Path source = template(input);
        return FolderCopy.copy(source, folder);
    }

    private static synchronized Path template(boolean input) throws IOException {
        Path ready = TEMPLATES.get(input);
        if (ready != null) {
            return ready;
        }
        Path root = Files.createTempDirectory("propensity-persona-champion");
        Path schemaFile = PersonaSample.write(root);
        Schema schema = SchemaReader.read(schemaFile);
        PersonaSettings settings = PersonaSettingsReader.read(schemaFile, schema).orElseThrow();
        LeadTable wide = new LeadTableLoader(DealColumns.widen(schema, settings)).load();
        LeadTable table = DealColumns.narrow(wide, schema);
        Path models = root.resolve("models");
        ModelRegistry registry = ModelRegistry.at(models);
        TrainingRun.VersionFiles files;
        if (input) {
            PersonaInputChoice decided = PersonaInputChoice.decide(table, wide, settings, Optional.empty(), NAMES,
                    TrainingOptions.DEFAULT);
            // Whatever the rule decided on this sample, this champion takes the persona: retraining it is tested.
            PersonaInputChoice kept = new PersonaInputChoice(true, decided.withoutLogLoss(), decided.withLogLoss(),
                    decided.validationRows(), "kept for the test", decided.discovery(), decided.book());
            table = kept.table(table);
            files = PersonaStep.wrap((t, v) -> Map.of(), registry, settings, wide, NAMES, Optional.of(kept));
        } else {
            files = PersonaStep.wrap((t, v) -> Map.of(), registry, settings, wide, NAMES);
        }
        TrainingRun.Result run = new TrainingRun(registry, TrainingOptions.DEFAULT, files)
                .run(table, true, "tester", "persona champion");
        if (registry.champion().map(c -> c.number() != run.version().number()).orElse(true)) {
            throw new IllegalStateException("the persona champion did not pass its guards: " + run.trained().verdict());
        }
        TEMPLATES.put(input, models);
        return models;
    }

    /**
     * The closed ones of {@code leads} fresh leads of the synthetic CRM (seed {@code seed}), ids prefixed with
     * {@code F} so that they are not the champion's own, in the generator's order.
     */
    public static List<FreshLead> fresh(Path folder, int leads, long seed) throws IOException {
        new SyntheticCrm(new GeneratorSettings(leads, seed, false)).generate(Files.createDirectories(folder), n -> {
        });
        Schema schema = SchemaReader.read(Path.of("..", "datasets", "synthetic-personas.schema.json"));
        Map<String, Map<String, String>> surveys = new HashMap<>();
        for (Map<String, String> row : CsvRows.read(folder.resolve("surveys.csv"))) {
            surveys.put(row.get("lead_id"), row);
        }
        List<FreshLead> out = new ArrayList<>();
        for (Map<String, String> row : CsvRows.read(folder.resolve("opportunities.csv"))) {
            if (row.get("outcome") == null || row.get("closed_date") == null) {
                continue; // still open: no outcome to report
            }
            Map<String, String> lead = new HashMap<>(row);
            Map<String, String> answers = surveys.get(row.get("lead_id"));
            if (answers != null) {
                answers.forEach(lead::putIfAbsent);
            }
            String id = "F" + row.get("lead_id");
            ObjectNode input = MAPPER.createObjectNode().put("lead_id", id);
            schema.features().forEach(f -> {
                String value = lead.get(f.name());
                if (value != null) {
                    input.put(f.name(), value);
                }
            });
            out.add(new FreshLead(id, input, "won".equals(row.get("outcome")),
                    LocalDate.parse(row.get("closed_date").substring(0, 10))));
        }
        return out;
    }

}
