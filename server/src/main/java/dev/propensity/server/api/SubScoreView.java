package dev.propensity.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One of a lead's three sub-scores as answered: {@code probability}, {@code score} (0-100) and its strongest
 * {@code reasons}; engagement says its {@code basis} ("events" or "snapshot"), intent the {@code count} of
 * historical leads and {@code wins} its rate rests on.
 *
 * @param probability     the sub-score as a chance of a win
 * @param score           the probability times 100, rounded
 * @param reasons         the contributions that moved it most (log-odds), largest first
 * @param baselineLogOdds log-odds with every contribution at zero; plus the contributions gives the sub-score's
 *                        log-odds exactly
 * @param basis           engagement only: "events" or "snapshot"
 * @param count           intent only: historical leads with the same values
 * @param wins            intent only: of which won
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubScoreView(double probability, int score, List<Reason> reasons, double baselineLogOdds,
                           String basis, Long count, Long wins) {
}
