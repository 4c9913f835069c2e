package dev.propensity.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.grade.GradingModel;
import dev.propensity.registry.ModelVersion;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/** Prints a version's grade report (from its {@code grading.json}) after training. */
final class GradeSummary {
    private GradeSummary() {
    }

    static void print(PrintWriter out, ModelVersion version) {
        Optional<JsonNode> read = VersionJson.read(out, version, GradingModel.FILE, "grades");
        if (read.isEmpty()) {
            return;
        }
        JsonNode root = read.get();
        JsonNode report = root.path("report");
        JsonNode t = root.path("thresholds");
        out.printf(Locale.ROOT, "grades on %d held-out leads (fit >= %.3f, engagement >= %.3f; %s):%n",
                report.path("rows").asInt(), t.path("fit").asDouble(), t.path("engagement").asDouble(),
                root.has("events") ? "engagement from events" : "engagement from snapshot counts");
        out.println("  grade  leads  share  wins  conversion (95 % interval)  share of wins");
        for (JsonNode row : report.path("by_grade")) {
            out.printf(Locale.ROOT, "  %-5s %6d %5.1f%% %5d  %5.1f%% (%4.1f-%4.1f)          %5.1f%%%n",
                    row.path("grade").asText(), row.path("leads").asLong(), 100 * row.path("share_of_leads").asDouble(),
                    row.path("wins").asLong(), 100 * row.path("conversion").asDouble(),
                    100 * row.path("conversion_low").asDouble(), 100 * row.path("conversion_high").asDouble(),
                    100 * row.path("share_of_wins").asDouble());
        }
        // The revenue teams' check in the words the reports use: A's and A+B's shares of leads and wins, A against D.
        out.println("  " + report.path("check").asText());
        StringBuilder auc = new StringBuilder("  held-out AUC:");
        report.path("held_out_auc").fields().forEachRemaining(e ->
                auc.append(String.format(Locale.ROOT, " %s %.4f", e.getKey(), e.getValue().asDouble())));
        out.println(auc);
    }
}
