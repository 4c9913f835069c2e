package dev.propensity.server.scoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.LeadValues;
import dev.propensity.features.SurveyAnsweredEncoder;
import dev.propensity.model.Contribution;
import dev.propensity.persona.Assignment;
import dev.propensity.model.Explanation;
import dev.propensity.server.api.FieldContribution;
import dev.propensity.server.api.Reason;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.grade.ActivityEvent;
import dev.propensity.server.grading.Graded;
import dev.propensity.server.grading.LeadGrader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
        return score(model, body, EventLookup.NONE, Instant.now());
    }

    /**
     * @param stored events recorded earlier, used when the version learnt from events and the body sends none
     * @param now    the moment engagement is scored at unless the body gives {@code as_of}
     */
    public static ScoreResponse score(LoadedModel model, ObjectNode body, EventLookup stored, Instant now) {
        LeadJson lead = LeadJson.read(body, model.schema());
        // One assignment per lead, for the model's persona input and the answer's persona alike.
        Assignment assignment = model.personas().map(a -> a.assign(lead.values())).orElse(null);
        LeadValues values = ModelInput.of(model, lead.values(), assignment);
        Explanation explanation = model.scorer().explain(values);
        ReasonSentences sentences = ReasonSentences.of(model.schema());
        boolean answered = answeredSurvey(explanation);
        List<Contribution> strongest = explanation.strongest(REASONS);
        List<Reason> reasons = new ArrayList<>(strongest.size());
        for (Contribution c : strongest) {
            reasons.add(new Reason(c.field(), c.value(), c.logOdds(), sentences.sentence(c.field(), c.value(), c.logOdds(), answered)));
        }
        List<Contribution> all = explanation.contributions();
        FieldContribution[] contributions = new FieldContribution[all.size()];
        for (int f = 0; f < contributions.length; f++) {
            Contribution c = all.get(f);
            contributions[f] = new FieldContribution(c.field(), c.value(), c.logOdds());
        }
        List<String> warnings = lead.warnings().isEmpty() ? explanation.warnings()
                : concat(explanation.warnings(), lead.warnings());
        double p = explanation.probability();
        String leadId = lead.leadId(model.schema());
        PersonaAdvisor.Advice advice = model.personas().map(a -> a.advise(assignment, leadId, p)).orElse(null);
        Graded graded = null;
        if (model.grader().isPresent()) {
            LeadGrader grader = model.grader().get();
            List<ActivityEvent> events = RequestEvents.read(body);
            if (events.isEmpty() && leadId != null && grader.scorer().model().events().isPresent()) {
                events = stored.events(leadId);
            }
            graded = grader.grade(explanation, values, body, events, RequestEvents.asOf(body, now),
                    (field, value, c) -> sentences.sentence(field, value, c, answered));
        }
        return new ScoreResponse(leadId, model.version(), p, (int) Math.round(p * 100), reasons,
                explanation.baselineLogOdds(), explanation.logOdds(), Arrays.asList(contributions), warnings,
                graded == null ? null : graded.scores(), graded == null ? null : graded.grade().name(),
                graded == null ? null : graded.route().text(), graded == null ? null : graded.decidedBy(),
                advice == null ? null : advice.persona(), advice == null ? null : advice.recommendations());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first.size() + second.size());
        both.addAll(first);
        both.addAll(second);
        return both;
    }

    /** The survey indicator as the explanation shows it (1.0 when answered), without reading the lead again. */
    private static boolean answeredSurvey(Explanation explanation) {
        for (Contribution c : explanation.contributions()) {
            if (c.field().equals(SurveyAnsweredEncoder.FIELD)) {
                return Double.valueOf(1.0).equals(c.value());
            }
        }
        return false;
    }
}
