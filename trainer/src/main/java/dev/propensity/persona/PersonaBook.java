package dev.propensity.persona;

import dev.propensity.match.MatchFigure;
import java.util.List;
import java.util.Optional;

/**
 * What a version publishes about personas and needs at scoring time ({@code personas.json}): the encoding and
 * centroids to assign a lead, the personas' ids and names, their win rates, and their rep and product tables.
 * When discovery refused to publish, {@code refusal} says why and there are no personas.
 *
 * @param refusal          why personas were not published, if they were not
 * @param encoding         the mixed-data encoding
 * @param centroids        one per persona, in the encoding's space
 * @param personas         ids and names, aligned with the centroids
 * @param winRates         each persona's smoothed win rate
 * @param reps             each persona's reps, best first
 * @param products         each persona's products, best first
 * @param minKnownShare    below this share of the persona fields a lead is unknown
 * @param explorationShare share of leads whose rep recommendation is drawn at random
 */
public record PersonaBook(Optional<String> refusal, MixedEncoding encoding, double[][] centroids,
                          List<PersonaName> personas, double[] winRates, List<List<MatchFigure>> reps,
                          List<List<MatchFigure>> products, double minKnownShare, double explorationShare) {
    /** The file name in a version folder. */
    public static final String FILE = "personas.json";

    public PersonaBook {
        personas = List.copyOf(personas);
        reps = List.copyOf(reps);
        products = List.copyOf(products);
    }

    public boolean published() {
        return refusal.isEmpty();
    }

    public PersonaAssigner assigner() {
        return new PersonaAssigner(encoding, centroids, minKnownShare);
    }
}
