package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTable;
import dev.propensity.persona.PersonaBook;
import dev.propensity.persona.PersonaBookJson;
import dev.propensity.persona.PersonaInput;
import dev.propensity.persona.PersonaPage;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.SchemaReader;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The challenger's personas (issue 9): the champion's persona book, carried over unchanged into the challenger's
 * folder ({@code personas.json} and {@code personas.html}, ids, names, centroids and rep and product tables as the
 * champion published them), with a {@code carried_over} section saying so. When the champion's model takes the
 * derived persona as an input, every training row of the challenger (base history and fed-back outcomes alike) gets
 * its persona from that same book through {@link PersonaInput}, as the server derives it when it scores, so the
 * challenger takes the input too and a lead keeps its persona across the promotion.
 *
 * <p>Why carried over rather than discovered again: discovery needs what a server retrain does not have. The
 * schema's {@code personas} block (fields, k range, persona file) is in the schema file, not in the manifest; the
 * rep match needs the deal owner, which a fed-back outcome does not carry (the rep is assigned after the lead was
 * scored); and the outcomes bring no new survey answers beyond those sent when the lead was scored. A fresh
 * {@code train} rediscovers the personas (ids carry over by centroid matching there).
 */
final class ChallengerPersonas {
    /** What the challenger's {@code personas.json} says about where its personas come from. */
    static final String SECTION = "carried_over";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ChallengerPersonas NONE = new ChallengerPersonas(null, null, null, false);

    private final ModelVersion champion;
    private final ObjectNode json;
    private final PersonaBook book;
    private final boolean input;

    private ChallengerPersonas(ModelVersion champion, ObjectNode json, PersonaBook book, boolean input) {
        this.champion = champion;
        this.json = json;
        this.book = book;
        this.input = input;
    }

    /**
     * Reads the champion's personas, before anything of the run is written.
     *
     * @param format the champion's CSV format, so the book's values parse as they did in training
     * @throws RetrainException when the champion's {@code personas.json} cannot be read, or its model takes the
     *                          persona but its folder has no book to derive it from
     */
    static ChallengerPersonas of(ModelVersion champion, CsvFormat format) {
        // Whether the champion's model takes the derived persona: its manifest's schema has the field.
        boolean takesInput = PersonaInput.takes(SchemaReader.parse(champion.manifest().get("schema"), null,
                "the manifest of " + champion.label()));
        Path file = champion.file(PersonaBook.FILE);
        if (!Files.exists(file)) {
            if (takesInput) {
                throw new RetrainException("the model of champion " + champion.label() + " takes the derived '"
                        + PersonaInput.FIELD + "' input but " + file + " does not exist, so no training row can be"
                        + " given its persona; nothing was published");
            }
            return NONE;
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            PersonaBook book = PersonaBookJson.read(root, format);
            return new ChallengerPersonas(champion, (ObjectNode) root, book, takesInput);
        } catch (IOException | RuntimeException e) {
            // A challenger without the book would answer every lead "unknown" once promoted: refuse instead.
            throw new RetrainException("cannot read " + file + " of champion " + champion.label() + ": "
                    + e.getMessage() + "; its personas could not be carried over, so nothing was published", e);
        }
    }

    /** Whether the champion has personas to carry over. */
    boolean present() {
        return book != null;
    }

    /** The champion's book when its model takes the persona input, to score the hold-out as the server would. */
    Optional<PersonaBook> championInput() {
        return input ? Optional.of(book) : Optional.empty();
    }

    /** The snapshot's rows as the challenger learns from them: with the derived persona when the champion took it. */
    LeadTable table(LeadTable snapshot) {
        return input ? PersonaInput.withColumn(snapshot, book) : snapshot;
    }

    /** {@code inner} plus the carried-over {@code personas.json} and {@code personas.html}. */
    TrainingRun.VersionFiles wrap(TrainingRun.VersionFiles inner) {
        if (!present()) {
            return inner;
        }
        return (trained, version) -> {
            if (PersonaInput.takes(trained.table().schema()) != input) {
                throw new IllegalStateException("the challenger's model and champion " + champion.label()
                        + "'s differ in taking the persona input");
            }
            Map<String, byte[]> files = new LinkedHashMap<>(inner.files(trained, version));
            ObjectNode carried = carried(version);
            try {
                files.put(PersonaBook.FILE, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(carried));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + PersonaBook.FILE, e);
            }
            files.put(PersonaPage.FILE, PersonaPage.render(carried).getBytes(StandardCharsets.UTF_8));
            return files;
        };
    }

    /** The champion's book as the challenger publishes it: unchanged, plus where it comes from. */
    ObjectNode carried(int version) {
        ObjectNode out = json.deepCopy();
        // A champion that was itself retrained carried its book over too: name the version that discovered it.
        int discovered = json.path(SECTION).path("discovered_in").asInt(champion.number());
        String reason = String.format(Locale.ROOT, "The personas of v%d are carried over from champion %s unchanged"
                + " (ids, names, centroids, profiles, rep and product tables and the survey-value table are as v%d"
                + " published them), not rediscovered: a server retrain adds fed-back outcomes, not new survey answers"
                + " or deal owners. A fresh 'train' rediscovers them.", version, champion.label(), discovered);
        ObjectNode section = MAPPER.createObjectNode().put("from_version", champion.number())
                .put("discovered_in", discovered).put("persona_input", input).put("reason", reason);
        out.set(SECTION, section);
        if (out.path("persona_input").isObject()) {
            ((ObjectNode) out.get("persona_input")).put("retrain", input
                    ? "v" + version + " takes the persona as an input because " + champion.label() + "'s model did;"
                    + " the choice was not made again"
                    : "v" + version + " does not take the persona as an input, as " + champion.label() + "'s model did not");
        }
        return out;
    }

    /** The sentence for the run's notes, when there were personas. */
    Optional<String> note() {
        if (!present()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "personas carried over from champion %s (%d personas, ids and"
                + " names unchanged), not rediscovered%s", champion.label(), book.personas().size(),
                input ? "; the challenger takes the persona input, derived for every row with that book" : ""));
    }
}
