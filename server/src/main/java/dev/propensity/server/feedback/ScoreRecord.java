package dev.propensity.server.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * One score the server gave, with the input exactly as it was scored, so that retraining learns from what
 * was known at scoring time rather than from what the CRM knows by the time the lead closes.
 *
 * @param leadId       the CRM's lead id
 * @param modelVersion the version of the model that scored it
 * @param probability  the model's probability of a win, in [0, 1]
 * @param score        the score shown to users
 * @param inputJson    the raw input fields as a JSON object text
 * @param scoredAt     when the score was computed; stored with microsecond precision
 * @param requestId    the id of the HTTP request that asked for the score
 * @param grade        the grade given (A-D), null when the version had no grading
 * @param quadrant     the fit × engagement quadrant, named by the grade the thresholds alone give it (A-D), before
 *                     override rules; null when the version had no grading
 * @param persona      the persona id the answer gave, null when the version had no personas
 * @param recommendedRep the rep the answer listed first, null when it listed none
 * @param explored     whether the answer's rep list was drawn at random (the exploration share of issue 9)
 */
public record ScoreRecord(
        String leadId,
        int modelVersion,
        double probability,
        int score,
        String inputJson,
        Instant scoredAt,
        String requestId,
        String grade,
        String quadrant,
        String persona,
        String recommendedRep,
        boolean explored) {

    /** A score without persona advice. */
    public ScoreRecord(String leadId, int modelVersion, double probability, int score, String inputJson,
                       Instant scoredAt, String requestId, String grade, String quadrant) {
        this(leadId, modelVersion, probability, score, inputJson, scoredAt, requestId, grade, quadrant, null, null,
                false);
    }

    /** A score without a grade. */
    public ScoreRecord(String leadId, int modelVersion, double probability, int score, String inputJson,
                       Instant scoredAt, String requestId) {
        this(leadId, modelVersion, probability, score, inputJson, scoredAt, requestId, null, null, null, null, false);
    }

    public ScoreRecord {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(inputJson, "inputJson");
        Objects.requireNonNull(scoredAt, "scoredAt");
        Objects.requireNonNull(requestId, "requestId");
        if (leadId.isBlank()) {
            throw new IllegalArgumentException("leadId: must not be blank");
        }
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability: expected a number in [0, 1], got " + probability);
        }
    }
}
