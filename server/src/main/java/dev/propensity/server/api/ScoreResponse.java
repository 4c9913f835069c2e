package dev.propensity.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer for one scored lead. {@code baselineLogOdds} plus the sum of {@code contributions} equals
 * {@code logOdds}, and {@code probability} is its logistic.
 *
 * @param leadId          the lead's id from the schema's id field, null when the body has none
 * @param modelVersion    the version that computed this answer
 * @param probability     the chance of a win, 0 to 1
 * @param score           the probability times 100, rounded
 * @param reasons         the five fields that moved the score most, largest first
 * @param baselineLogOdds the log-odds of the average training lead
 * @param logOdds         the lead's log-odds
 * @param contributions   every field's contribution, in the model's order
 * @param warnings        missing fields, unseen categories, ignored unknown fields
 * @param scores          fit, engagement and intent apart (absent for versions trained without grading)
 * @param grade           A to D
 * @param route           sales, sdr, nurture, starburst or no follow-up
 * @param decidedBy       the threshold or rule that set grade and route
 * @param persona         the lead's persona, when the model has personas
 * @param recommendations reps and products for that persona, when the model has personas
 */
public record ScoreResponse(@JsonInclude(JsonInclude.Include.ALWAYS) String leadId, int modelVersion,
                            double probability, int score, List<Reason> reasons, double baselineLogOdds,
                            double logOdds, List<FieldContribution> contributions, List<String> warnings,
                            @JsonInclude(JsonInclude.Include.NON_NULL) SubScores scores,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String route,
                            @JsonInclude(JsonInclude.Include.NON_NULL) DecidedBy decidedBy,
                            @JsonInclude(JsonInclude.Include.NON_NULL) PersonaView persona,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Recommendations recommendations) {

    /** An answer without grading or personas (a version trained before either existed). */
    public ScoreResponse(String leadId, int modelVersion, double probability, int score, List<Reason> reasons,
                         double baselineLogOdds, double logOdds, List<FieldContribution> contributions,
                         List<String> warnings) {
        this(leadId, modelVersion, probability, score, reasons, baselineLogOdds, logOdds, contributions, warnings,
                null, null, null, null, null, null);
    }
}
