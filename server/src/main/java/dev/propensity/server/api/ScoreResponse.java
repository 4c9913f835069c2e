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
 * @param persona         the lead's persona, when the model has personas (issue 9)
 * @param recommendations reps and products for that persona, when the model has personas (issue 9)
 */
public record ScoreResponse(@JsonInclude(JsonInclude.Include.ALWAYS) String leadId, int modelVersion,
                            double probability, int score, List<Reason> reasons, double baselineLogOdds,
                            double logOdds, List<FieldContribution> contributions, List<String> warnings,
                            PersonaView persona, Recommendations recommendations) {
}
