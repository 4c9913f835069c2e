package dev.propensity.server.scoring;

import dev.propensity.features.LeadValues;
import dev.propensity.persona.Assignment;
import dev.propensity.persona.PersonaInput;

/**
 * The values a version's model reads for a lead: the request's fields, plus the persona derived from the version's
 * own personas when its model takes the persona as an input (issue 9). Derived here, before encoding, so the
 * persona the answer names and the value the model read are one assignment, and the explanation stays exact.
 */
final class ModelInput {
    private ModelInput() {
    }

    static LeadValues of(LoadedModel model, LeadValues request) {
        return of(model, request, model.personas().map(advisor -> advisor.assign(request)).orElse(null));
    }

    /** @param assignment the lead's persona as the version's advisor assigned it (null without personas) */
    static LeadValues of(LoadedModel model, LeadValues request, Assignment assignment) {
        if (model.personas().isEmpty() || !PersonaInput.takes(model.schema())) {
            return request;
        }
        return PersonaInput.with(PersonaInput.id(model.personas().get().book(), assignment), request);
    }
}
