package dev.propensity.server.crm;

import dev.propensity.server.api.ScoreResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flat answer a CRM writes straight into lead properties: a few {@code propensity_*} values, no nesting,
 * so that a workflow maps each to a property without parsing. The lead id stays so that a batch's answers can be
 * matched to their records.
 */
public final class WriteBack {
    private WriteBack() {
    }

    /** The flat properties of one answer, in a fixed order. */
    public static Map<String, Object> of(ScoreResponse answer) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("lead_id", answer.leadId());
        flat.put("propensity_score", answer.score());
        flat.put("propensity_probability", answer.probability());
        // Grade, route and persona only when the answer has them (a version trained with grading, a persona
        // file): a CRM mapping a property that is absent leaves it as it was instead of blanking it.
        if (answer.grade() != null) {
            flat.put("propensity_grade", answer.grade());
        }
        if (answer.route() != null) {
            flat.put("propensity_route", answer.route());
        }
        if (answer.persona() != null) {
            flat.put("propensity_persona", answer.persona().name());
        }
        flat.put("propensity_top_reason", answer.reasons().isEmpty() ? null : answer.reasons().get(0).sentence());
        flat.put("propensity_model_version", answer.modelVersion());
        return flat;
    }
}
