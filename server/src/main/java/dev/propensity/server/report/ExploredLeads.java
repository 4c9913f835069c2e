package dev.propensity.server.report;

import dev.propensity.report.LiveExploration;
import dev.propensity.server.feedback.Outcome;
import dev.propensity.server.feedback.OutcomeWithInput;
import dev.propensity.server.feedback.ScoreRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The explored leads of a window as the live report tabulates them: every logged score whose rep list was drawn
 * at random (whichever version gave it: the draw measures reps, not models), with the outcome that came back for
 * that very score.
 */
final class ExploredLeads {
    private ExploredLeads() {
    }

    static LiveExploration measure(List<ScoreRecord> scores, List<OutcomeWithInput> outcomes) {
        Map<LiveObservations.ScoreKey, Boolean> won = new HashMap<>();
        for (OutcomeWithInput o : outcomes) {
            won.put(LiveObservations.ScoreKey.of(o.score()), o.outcome().outcome() == Outcome.WON);
        }
        List<LiveExploration.Lead> leads = new ArrayList<>();
        for (ScoreRecord score : scores) {
            if (score.explored() && score.recommendedRep() != null) {
                leads.add(new LiveExploration.Lead(score.recommendedRep(), won.get(LiveObservations.ScoreKey.of(score))));
            }
        }
        return LiveExploration.of(leads);
    }
}
