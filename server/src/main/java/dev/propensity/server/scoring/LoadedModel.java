package dev.propensity.server.scoring;

import dev.propensity.model.PropensityModel;
import dev.propensity.schema.Schema;
import dev.propensity.server.grading.LeadGrader;
import java.util.Objects;
import java.util.Optional;

/**
 * A model version ready to score: everything one request needs, taken as one snapshot so that a request
 * finishes on the version it started with and can say which one that was.
 *
 * @param version the registry version number
 * @param scorer  the scorer rebuilt from the Tribuo model and {@code scorer.json}
 * @param schema  the schema the version was trained on (lead id field, feature descriptions)
 * @param grader   sub-scores, grade and route, when the version has a {@code grading.json}
 * @param personas the version's personas and their rep and product match, when it has them
 */
public record LoadedModel(int version, PropensityModel scorer, Schema schema, Optional<LeadGrader> grader,
                          Optional<PersonaAdvisor> personas) {
    public LoadedModel {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(grader, "grader");
        Objects.requireNonNull(personas, "personas");
    }

    /** A version without grading or personas. */
    public LoadedModel(int version, PropensityModel scorer, Schema schema) {
        this(version, scorer, schema, Optional.empty(), Optional.empty());
    }
}
