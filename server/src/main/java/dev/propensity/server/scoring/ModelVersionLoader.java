package dev.propensity.server.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.model.PropensityModel;
import dev.propensity.model.ScorerJson;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import java.io.IOException;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Loads a registry version into a {@link LoadedModel} and checks it with {@link ModelCheck} before anyone
 * may score with it. Anything that goes wrong becomes a {@link ModelRefusedException}.
 */
public final class ModelVersionLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ModelRegistry registry;

    public ModelVersionLoader(ModelRegistry registry) {
        this.registry = registry;
    }

    /** The checked model of {@code version}. */
    public LoadedModel load(int version) {
        try {
            ModelVersion folder = registry.version(version);
            Model<Label> tribuo = registry.loadModel(version);
            JsonNode scorerJson = MAPPER.readTree(folder.file(ScorerJson.FILE).toFile());
            PropensityModel scorer = ScorerJson.fromJson(scorerJson, tribuo);
            Schema schema = SchemaReader.parse(folder.manifest().get("schema"), null, folder.label() + " manifest");
            LoadedModel loaded = new LoadedModel(version, scorer, schema);
            ModelCheck.verify(loaded);
            return loaded;
        } catch (ModelRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelRefusedException(version, ScorerJson.FILE + " cannot be read as JSON", e);
        } catch (RuntimeException e) {
            // Any failure at all means this version must not serve; the message says which step broke (the cause,
            // with its type, goes to the log with the exception).
            throw new ModelRefusedException(version, e.getMessage() == null ? "it cannot be loaded" : e.getMessage(), e);
        }
    }
}
