package dev.propensity.server.scoring;

import dev.propensity.model.PropensityModel;
import dev.propensity.schema.Schema;
import java.util.Objects;
import java.util.Optional;

/**
 * A model version ready to score: everything one request needs, taken as one snapshot so that a request
 * finishes on the version it started with and can say which one that was.
 *
 * @param version the registry version number
 * @param scorer  the scorer rebuilt from the Tribuo model and {@code scorer.json}
 * @param schema  the schema the version was trained on (lead id field, feature descriptions)
 * @param personas the version's personas and their rep and product match, when it has them (issue 9)
 */
public record LoadedModel(int version, PropensityModel scorer, Schema schema, Optional<PersonaAdvisor> personas) {
    public LoadedModel {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(personas, "personas");
    }

    /** A version without personas. */
    public LoadedModel(int version, PropensityModel scorer, Schema schema) {
        this(version, scorer, schema, Optional.empty());
    }
}
