package dev.propensity.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.persona.PersonaInput;
import dev.propensity.report.LiveObservation;
import dev.propensity.schema.Schema;
import dev.propensity.server.api.Json;
import dev.propensity.server.feedback.Outcome;
import dev.propensity.server.feedback.OutcomeWithInput;
import dev.propensity.server.feedback.ScoreRecord;
import dev.propensity.server.scoring.LeadJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the feedback store's score log and outcomes into the live report's observations: one per score a
 * model version gave, its input read back as the scorer read it, with the outcome when the CRM reported one
 * for that very score.
 */
public final class LiveObservations {
    private LiveObservations() {
    }

    /**
     * @param scores   scores logged in the window
     * @param outcomes outcomes received in the window, each with the score it belongs to
     * @param version  only scores this version gave are kept: quality belongs to the model that served them
     * @param schema   the version's schema, to read the inputs
     */
    public static List<LiveObservation> join(List<ScoreRecord> scores, List<OutcomeWithInput> outcomes, int version,
                                             Schema schema) {
        Map<ScoreKey, Boolean> won = new HashMap<>();
        for (OutcomeWithInput o : outcomes) {
            won.put(ScoreKey.of(o.score()), o.outcome().outcome() == Outcome.WON);
        }
        List<LiveObservation> observations = new ArrayList<>();
        for (ScoreRecord score : scores) {
            if (score.modelVersion() == version) {
                observations.add(new LiveObservation(score.scoredAt(), score.probability(), won.get(ScoreKey.of(score)),
                        fields(score, schema)));
            }
        }
        return observations;
    }

    private static Map<String, Object> fields(ScoreRecord score, Schema schema) {
        try {
            JsonNode input = Json.MAPPER.readTree(score.inputJson());
            if (!(input instanceof ObjectNode object)) {
                throw new IllegalStateException("the logged input of lead " + score.leadId() + " is not a JSON object");
            }
            Map<String, Object> fields = LeadJson.read(object, schema).fields();
            if (PersonaInput.takes(schema) && score.persona() != null) {
                // The model read the persona the server derived, which the score log keeps beside the input.
                fields = new HashMap<>(fields);
                fields.put(PersonaInput.FIELD, score.persona().equals("unknown") ? null : score.persona());
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the logged input of lead " + score.leadId() + " is not JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    // One batch request scores many leads under one request id, so the lead is part of what names a score.
    record ScoreKey(String requestId, String leadId, java.time.Instant scoredAt) {
        static ScoreKey of(ScoreRecord s) {
            return new ScoreKey(s.requestId(), s.leadId(), s.scoredAt());
        }
    }
}
