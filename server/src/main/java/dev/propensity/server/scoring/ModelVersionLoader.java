package dev.propensity.server.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.ScorerJson;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.grade.GradeScorer;
import dev.propensity.grade.GradingJson;
import dev.propensity.grade.GradingModel;
import dev.propensity.persona.PersonaBook;
import dev.propensity.persona.PersonaBookJson;
import dev.propensity.server.config.GradingConfig;
import dev.propensity.server.grading.LeadGrader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Loads a registry version into a {@link LoadedModel} and checks it with {@link ModelCheck} before anyone
 * may score with it. Anything that goes wrong becomes a {@link ModelRefusedException}.
 */
public final class ModelVersionLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ModelRegistry registry;
    private final GradingConfig grading;

    public ModelVersionLoader(ModelRegistry registry) {
        this(registry, GradingConfig.NONE);
    }

    /** @param grading override rules and thresholds applied to every version's own grading */
    public ModelVersionLoader(ModelRegistry registry, GradingConfig grading) {
        this.registry = registry;
        this.grading = grading;
    }

    /** The checked model of {@code version}. */
    public LoadedModel load(int version) {
        try {
            ModelVersion folder = registry.version(version);
            Model<Label> tribuo = registry.loadModel(version);
            JsonNode scorerJson = MAPPER.readTree(folder.file(ScorerJson.FILE).toFile());
            PropensityModel scorer = ScorerJson.fromJson(scorerJson, tribuo);
            Schema schema = SchemaReader.parse(folder.manifest().get("schema"), null, folder.label() + " manifest");
            LoadedModel loaded = new LoadedModel(version, scorer, schema, grader(folder, scorer),
                    personas(folder, schema, version));
            ModelCheck.verify(loaded);
            return loaded;
        } catch (ModelRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Any failure at all means this version must not serve; the message says which step broke.
            throw new ModelRefusedException(version, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The version's personas and their rep and product match; none for versions trained without personas. */
    private static Optional<PersonaAdvisor> personas(ModelVersion folder, Schema schema, int version) throws IOException {
        Path file = folder.file(PersonaBook.FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(new PersonaAdvisor(PersonaBookJson.read(MAPPER.readTree(file.toFile()), schema.format()), version));
    }

    /** The version's grading with the configured overrides; none for versions trained before grading existed. */
    private Optional<LeadGrader> grader(ModelVersion folder, PropensityModel scorer) throws IOException {
        Path file = folder.file(GradingModel.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        GradingModel model = GradingJson.fromJson(MAPPER.readTree(file.toFile()));
        model = model.withThresholds(model.thresholds().overridden(grading.fitThreshold(), grading.engagementThreshold()));
        return Optional.of(new LeadGrader(new GradeScorer(model, scorer.pipeline()), grading.rules()));
    }
}
