package dev.propensity.server.scoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.server.api.FieldContribution;
import dev.propensity.server.api.Reason;
import dev.propensity.server.api.ScoreResponse;
import java.util.ArrayList;
import java.util.List;

/** Scores one JSON lead with one model snapshot and explains it. */
public final class LeadScorer {
    /** How many reasons an answer lists. */
    public static final int REASONS = 5;

    private LeadScorer() {
    }

    /**
     * @throws dev.propensity.features.InvalidFieldException naming a field of the wrong type
     */
    public static ScoreResponse score(LoadedModel model, ObjectNode body) {
        LeadJson lead = LeadJson.read(body, model.schema());
        Explanation explanation = model.scorer().explain(lead.values());
        ReasonSentences sentences = new ReasonSentences(model.schema());
        boolean answered = ReasonSentences.answeredSurvey(model.schema(), lead.values());
        List<Reason> reasons = new ArrayList<>();
        for (Contribution c : explanation.strongest(REASONS)) {
            reasons.add(new Reason(c.field(), c.value(), c.logOdds(), sentences.sentence(c.field(), c.value(), c.logOdds(), answered)));
        }
        List<FieldContribution> contributions = new ArrayList<>();
        for (Contribution c : explanation.contributions()) {
            contributions.add(new FieldContribution(c.field(), c.value(), c.logOdds()));
        }
        List<String> warnings = new ArrayList<>(explanation.warnings());
        warnings.addAll(lead.warnings());
        double p = explanation.probability();
        String leadId = lead.leadId(model.schema());
        PersonaAdvisor.Advice advice = model.personas().map(a -> a.advise(lead.values(), leadId, p)).orElse(null);
        return new ScoreResponse(leadId, model.version(), p, (int) Math.round(p * 100), reasons,
                explanation.baselineLogOdds(), explanation.logOdds(), contributions, warnings,
                advice == null ? null : advice.persona(), advice == null ? null : advice.recommendations());
    }
}
