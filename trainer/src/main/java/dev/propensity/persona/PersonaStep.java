package dev.propensity.persona;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.features.LeadValues;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The persona step of {@code train} when the schema has a {@code personas} block: adds {@code personas.json}
 * and {@code personas.html} to the new version's folder, carrying ids over from the champion's personas.
 */
public final class PersonaStep {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PersonaStep() {
    }

    /**
     * @param wide    the table with the deal columns (owner, product, amount)
     * @param names   the data team's names, already checked
     * @param inner   the version files made without personas (the report)
     */
    public static TrainingRun.VersionFiles wrap(TrainingRun.VersionFiles inner, ModelRegistry registry,
                                                PersonaSettings settings, LeadTable wide, Map<String, PersonaName> names) {
        return wrap(inner, registry, settings, wide, names, Optional.empty());
    }

    /**
     * @param choice whether the model takes the persona as an input, decided before training; its clustering is
     *               the one published
     */
    public static TrainingRun.VersionFiles wrap(TrainingRun.VersionFiles inner, ModelRegistry registry,
                                                PersonaSettings settings, LeadTable wide, Map<String, PersonaName> names,
                                                Optional<PersonaInputChoice> choice) {
        return (trained, version) -> {
            Map<String, byte[]> files = new LinkedHashMap<>(inner.files(trained, version));
            files.putAll(files(trained, wide, settings, previous(registry, wide), names, choice));
            return files;
        };
    }

    /** personas.json and personas.html for a trained model. */
    public static Map<String, byte[]> files(TrainedModel trained, LeadTable wide, PersonaSettings settings,
                                            Optional<PersonaBook> previous, Map<String, PersonaName> names) {
        return files(trained, wide, settings, previous, names, Optional.empty());
    }

    static Map<String, byte[]> files(TrainedModel trained, LeadTable wide, PersonaSettings settings,
                                     Optional<PersonaBook> previous, Map<String, PersonaName> names,
                                     Optional<PersonaInputChoice> choice) {
        boolean input = PersonaInput.takes(trained.table().schema());
        // The model's rows and the wide rows are the same leads in the same order: a model that takes the persona
        // reads the column it was trained on.
        double[] probabilities = new double[wide.size()];
        for (int r = 0; r < wide.size(); r++) {
            LeadValues lead = MixedEncoding.row(wide, r);
            if (input) {
                Object persona = trained.table().column(PersonaInput.FIELD).raw(r);
                LeadValues plain = lead;
                lead = field -> PersonaInput.FIELD.equals(field) ? persona : plain.get(field);
            }
            probabilities[r] = trained.scorer().probability(lead);
        }
        PersonaTrainer.Result result = new PersonaTrainer(settings).train(wide, probabilities, previous, names,
                choice.map(PersonaInputChoice::discovery));
        if (input) {
            requireSamePersonas(trained.table(), wide, result.book());
        }
        ObjectNode json = result.json();
        choice.ifPresent(c -> json.set("persona_input", c.json()));
        List<String> ids = result.book().personas().stream().map(PersonaName::id).toList();
        json.set("survey_value", SurveyValue.table(trained.table(), trained.split(), trained.options(),
                result.assignments(), ids, GroundTruth.of(wide)));
        try {
            byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
            return Map.of(PersonaBook.FILE, bytes,
                    PersonaPage.FILE, PersonaPage.render(json).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + PersonaBook.FILE, e);
        }
    }

    /** One definition: the published book must give every training row the persona value the model was trained on. */
    private static void requireSamePersonas(LeadTable trained, LeadTable wide, PersonaBook book) {
        Column column = trained.column(PersonaInput.FIELD);
        PersonaAssigner assigner = book.assigner();
        for (int r = 0; r < wide.size(); r++) {
            if (!Objects.equals(column.raw(r), PersonaInput.value(book, assigner, MixedEncoding.row(wide, r)))) {
                throw new IllegalStateException("the persona input of row " + (r + 1) + " (" + column.raw(r)
                        + ") is not the persona the published book assigns: the version would not explain itself");
            }
        }
    }

    /** The champion's book, when it has one. */
    public static Optional<PersonaBook> previous(ModelRegistry registry, LeadTable table) {
        return previous(registry, table, why -> { });
    }

    /**
     * The champion's persona book, to carry ids and names over from; empty when there is no champion or it has no
     * personas. A book that cannot be read leaves nothing to carry over: ids start afresh, and {@code warn} is told
     * which file and why, so that the data team does not find renumbered personas without a word.
     */
    public static Optional<PersonaBook> previous(ModelRegistry registry, LeadTable table, Consumer<String> warn) {
        Optional<ModelVersion> champion = registry.champion();
        if (champion.isEmpty() || !Files.exists(champion.get().file(PersonaBook.FILE))) {
            return Optional.empty();
        }
        Path file = champion.get().file(PersonaBook.FILE);
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            return Optional.of(PersonaBookJson.read(root, table.schema().format()));
        } catch (IOException | RuntimeException e) {
            warn.accept("cannot read " + file + " of champion " + champion.get().label() + " (" + e.getMessage()
                    + "): its persona ids are not carried over; the new personas are numbered afresh");
            return Optional.empty();
        }
    }
}
