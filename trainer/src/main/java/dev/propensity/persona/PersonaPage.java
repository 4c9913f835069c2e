package dev.propensity.persona;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** {@code personas.html}: the persona profiles, rep and product tables and survey-value table as one page. */
public final class PersonaPage {
    public static final String FILE = "personas.html";

    private PersonaPage() {
    }

    public static String render(JsonNode book) {
        StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Personas</title>"
                + "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}td,th{padding:2px 8px;text-align:left}"
                + "table{border-collapse:collapse}tr:nth-child(even){background:#f4f4f4}</style></head><body><h1>Buyer personas</h1>");
        JsonNode carried = book.path("carried_over");
        if (carried.isObject()) {
            // A server retrain's version: the page is the champion's, and says so first.
            h.append("<p><strong>").append(escape(carried.path("reason").asText())).append("</strong></p>");
        }
        if (!book.path("published").asBoolean()) {
            h.append("<p>").append(escape(book.path("refusal").asText())).append("</p>");
        }
        JsonNode d = book.path("discovery");
        h.append(String.format(Locale.ROOT, "<p>k = %d by the largest silhouette; stability (mean adjusted Rand index"
                + " between bootstrap runs) %.2f; clustered on %d leads.</p>", d.path("k").asInt(),
                d.path("stability_ari").asDouble(), d.path("clustered_leads").asInt()));
        for (JsonNode p : book.path("profiles")) {
            h.append("<h2>").append(escape(p.path("id").asText())).append(": ").append(escape(p.path("name").asText()))
                    .append("</h2>");
            h.append(String.format(Locale.ROOT, "<p>%d leads (%.0f %%), win rate %.1f %% (95 %% interval %.1f-%.1f %%);"
                    + " %s.</p><ul>", p.path("size").asInt(), 100 * p.path("share").asDouble(),
                    100 * p.path("win_rate").asDouble(), 100 * p.path("win_rate_low").asDouble(),
                    100 * p.path("win_rate_high").asDouble(), escape(p.path("lineage").asText())));
            p.path("traits").forEach(t -> h.append("<li>").append(escape(t.asText())).append("</li>"));
            h.append("</ul>");
        }
        h.append("<h2>Reps and products by persona</h2><p>Reps are not assigned at random: the adjusted rate compares"
                + " each rep's wins with what the propensity of the leads they were given predicts, so a rep handed the"
                + " best leads does not look best for that alone. Both rates are smoothed towards the persona's rate"
                + " (empirical Bayes).</p>");
        for (JsonNode p : book.path("personas")) {
            h.append("<h3>").append(escape(p.path("id").asText())).append("</h3><table><tr><th>rep</th><th>deals</th>"
                    + "<th>wins</th><th>expected</th><th>raw</th><th>smoothed</th><th>adjusted</th><th></th></tr>");
            int shown = 0;
            for (JsonNode f : p.path("reps")) {
                if (shown++ == 5) {
                    break;
                }
                h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%.1f</td><td>%.1f %%</td>"
                        + "<td>%.1f %%</td><td>%.1f %%</td><td>%s</td></tr>", escape(f.path("name").asText()),
                        f.path("deals").asInt(), f.path("wins").asInt(), f.path("expected_wins").asDouble(),
                        100 * f.path("raw_rate").asDouble(), 100 * f.path("smoothed_rate").asDouble(),
                        100 * f.path("adjusted_rate").asDouble(), f.path("thin_evidence").asBoolean() ? "thin evidence" : ""));
            }
            h.append("</table>");
        }
        JsonNode input = book.path("persona_input");
        if (!input.isMissingNode()) {
            h.append("<h2>The persona as a model input</h2><p>").append(escape(input.path("reason").asText()))
                    .append(". Rule: ").append(escape(input.path("rule").asText())).append(".</p>");
            if (input.has("retrain")) {
                h.append("<p>").append(escape(input.path("retrain").asText())).append(".</p>");
            }
        }
        JsonNode value = book.path("survey_value");
        h.append("<h2>What the survey is worth</h2>");
        if (value.has("note")) {
            h.append("<p>").append(escape(value.path("note").asText())).append("</p>");
        } else {
            h.append(String.format(Locale.ROOT, "<p>ROC AUC on the same %d held-out leads.</p><table><tr><th>model</th>"
                    + "<th>AUC</th><th>95 %% interval</th></tr>", value.path("rows_compared").asInt()));
            for (JsonNode r : value.path("rows")) {
                h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.4f</td><td>%.4f-%.4f</td></tr>",
                        escape(r.path("model").asText()), r.path("auc").asDouble(), r.path("low").asDouble(),
                        r.path("high").asDouble()));
            }
            JsonNode truth = value.path("true_auc");
            if (!truth.isMissingNode()) {
                h.append(String.format(Locale.ROOT, "<tr><th>true probabilities (the ceiling)</th><th>%.4f</th>"
                        + "<th>%.4f-%.4f</th></tr>", truth.path("auc").asDouble(), truth.path("low").asDouble(),
                        truth.path("high").asDouble()));
            }
            h.append("</table>");
            if (!truth.isMissingNode()) {
                h.append("<p>").append(escape(truth.path("note").asText()))
                        .append(String.format(Locale.ROOT, " (%d leads with a true probability).</p>",
                                truth.path("rows").asInt()));
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
