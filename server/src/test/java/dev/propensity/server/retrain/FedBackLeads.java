package dev.propensity.server.retrain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.server.feedback.OutcomeRequest;
import dev.propensity.server.feedback.ScoreRecord;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Leads drawn from {@link TinyLeads}' known logistic truth, as the server would have scored them and the CRM
 * would then report them: a score with the input JSON, and an outcome closed on a later day than the one before.
 *
 * @param scores   one score per lead, all at {@link #SCORED_AT}
 * @param outcomes one outcome per lead, in the same order
 */
public record FedBackLeads(List<ScoreRecord> scores, List<OutcomeRequest> outcomes) {
    static final Instant SCORED_AT = Instant.parse("2025-01-01T09:00:00Z");
    static final LocalDate FIRST_CLOSE = LocalDate.of(2025, 2, 1);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * {@code rows} leads with ids {@code <prefix>00000...}; the first {@code swapped} have won and lost swapped,
     * as a CRM export with the two mixed up would report them. Lead {@code i} closes on day {@code i / 20} after
     * {@link #FIRST_CLOSE}, so later leads are the most recent outcomes.
     */
    public static FedBackLeads of(Path folder, String prefix, int rows, int swapped, long seed) throws IOException {
        Files.createDirectories(folder);
        TinyLeads.write(folder, rows, seed);
        List<String> lines = Files.readAllLines(folder.resolve("leads.csv"));
        List<ScoreRecord> scores = new ArrayList<>();
        List<OutcomeRequest> outcomes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            // lead_id,industry,employees,requested_call,noise,stage,outcome; no value holds a comma.
            String[] v = lines.get(i).split(",", -1);
            String lead = prefix + v[0];
            ObjectNode input = MAPPER.createObjectNode().put("lead_id", lead)
                    .put("industry", v[1].replace("\"", "")).put("employees", Double.parseDouble(v[2]))
                    .put("requested_call", v[3]).put("noise", Double.parseDouble(v[4]));
            scores.add(new ScoreRecord(lead, 1, 0.5, 50, input.toString(), SCORED_AT, "req-" + lead));
            boolean won = v[6].equals("won") != (i - 1 < swapped);
            outcomes.add(new OutcomeRequest(lead, won ? "won" : "lost", null,
                    FIRST_CLOSE.plusDays((i - 1) / 20), "key-" + lead));
        }
        return new FedBackLeads(scores, outcomes);
    }
}
