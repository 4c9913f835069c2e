package dev.propensity.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.persona.PersonaBook;
import dev.propensity.registry.ModelVersion;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/** Prints the persona part of a run (from {@code personas.json}): discovery, persona input, survey-value table. */
final class PersonaSummary {
    private PersonaSummary() {
    }

    /** After {@code train}: the version's personas, when it has them. */
    static void print(PrintWriter out, ModelVersion version) {
        Optional<JsonNode> read = VersionJson.read(out, version, PersonaBook.FILE, "personas");
        if (read.isEmpty()) {
            return;
        }
        JsonNode root = read.get();
        JsonNode d = root.path("discovery");
        out.printf(Locale.ROOT, "personas: k = %d, stability %.3f (mean adjusted Rand index between bootstrap runs), %s%n",
                d.path("k").asInt(), d.path("stability_ari").asDouble(),
                root.path("published").asBoolean() ? "published" : "not published: " + root.path("refusal").asText());
        JsonNode input = root.path("persona_input");
        if (!input.isMissingNode()) {
            out.println("persona input: " + input.path("reason").asText() + " (rule: " + input.path("rule").asText() + ")");
        }
        surveyValue(out, root.path("survey_value"));
    }

    /** The survey-value table with the true AUC beside it, or the sentence saying why it cannot be made. */
    static void surveyValue(PrintWriter out, JsonNode value) {
        if (value.isMissingNode()) {
            return;
        }
        if (value.has("note")) {
            out.println("survey value: " + value.path("note").asText());
            return;
        }
        out.printf(Locale.ROOT, "survey value: ROC AUC on the same %d held-out leads%n", value.path("rows_compared").asInt());
        for (JsonNode r : value.path("rows")) {
            out.printf(Locale.ROOT, "  %-34s %.4f (95 %% interval %.4f-%.4f)%n", r.path("model").asText(),
                    r.path("auc").asDouble(), r.path("low").asDouble(), r.path("high").asDouble());
        }
        JsonNode truth = value.path("true_auc");
        if (!truth.isMissingNode()) {
            out.printf(Locale.ROOT, "  %-34s %.4f (95 %% interval %.4f-%.4f) on %d leads: the ceiling%n",
                    "true probabilities", truth.path("auc").asDouble(), truth.path("low").asDouble(),
                    truth.path("high").asDouble(), truth.path("rows").asInt());
        }
    }
}
