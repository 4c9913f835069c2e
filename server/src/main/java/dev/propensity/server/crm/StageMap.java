package dev.propensity.server.crm;

import dev.propensity.server.feedback.Outcome;
import dev.propensity.server.feedback.OutcomeRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM's deal stages that mean won or lost, such as {@code Closed Won=won,Closed Lost=lost}, so that a CRM's
 * "stage changed" webhook can post its stage name as the outcome. Stages match case-insensitively and ignoring
 * surrounding spaces (Salesforce writes {@code Closed Won}, HubSpot {@code closedwon}); {@code won} and
 * {@code lost} themselves are always accepted.
 */
public final class StageMap {
    /** No stages configured: outcomes must say won or lost. */
    public static final StageMap NONE = new StageMap(Map.of());

    // Normalised stage to outcome, in the order configured; the stage as written is kept for messages.
    private final Map<String, Entry> stages;

    private record Entry(String stage, Outcome outcome) {
    }

    private StageMap(Map<String, Entry> stages) {
        this.stages = stages;
    }

    /**
     * Parses {@code stage=won|lost} entries separated by commas.
     *
     * @param source where the text came from, such as {@code PROPENSITY_STAGE_MAP}, to start every message
     * @throws CrmMappingException naming the entry that cannot be read, maps to something else, or repeats a stage
     */
    public static StageMap parse(String text, String source) {
        Map<String, Entry> stages = new LinkedHashMap<>();
        for (String raw : text.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            String stage = equals < 0 ? "" : entry.substring(0, equals).strip();
            String target = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (stage.isEmpty() || target.isEmpty()) {
                throw new CrmMappingException(source + ": expected 'stage=won' or 'stage=lost', got '" + entry + "'");
            }
            Optional<Outcome> outcome = Outcome.fromWireName(target.toLowerCase(Locale.ROOT));
            if (outcome.isEmpty()) {
                throw new CrmMappingException(source + ": stage '" + stage + "' maps to '" + target
                        + "'; expected won or lost");
            }
            Entry earlier = stages.putIfAbsent(normalise(stage), new Entry(stage, outcome.get()));
            if (earlier != null) {
                throw new CrmMappingException(source + ": stage '" + stage + "' is given twice");
            }
        }
        return new StageMap(java.util.Collections.unmodifiableMap(stages));
    }

    public boolean isEmpty() {
        return stages.isEmpty();
    }

    /** The stages as configured, each with its outcome, such as {@code 'Closed Won' (won)}. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        stages.values().forEach(e -> out.add("'" + e.stage() + "' (" + e.outcome().wireName() + ")"));
        return out;
    }

    /** The stages as configured, in their order. */
    public List<String> stageNames() {
        return stages.values().stream().map(Entry::stage).toList();
    }

    /** The outcome a stage name stands for, if it is configured. */
    public Optional<Outcome> outcomeOf(String stage) {
        Entry entry = stage == null ? null : stages.get(normalise(stage));
        return entry == null ? Optional.empty() : Optional.of(entry.outcome());
    }

    /**
     * The posted outcomes with configured stage names replaced by won or lost. With no stages configured the
     * requests are returned as they are, for the validator to check.
     *
     * @throws UnknownStageException for an outcome that is neither won, lost nor a configured stage
     */
    public List<OutcomeRequest> translate(List<OutcomeRequest> requests) {
        if (stages.isEmpty()) {
            return requests;
        }
        List<OutcomeRequest> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            OutcomeRequest r = requests.get(i);
            int index = i;
            if (r.outcome() == null || Outcome.fromWireName(r.outcome()).isPresent()) {
                out.add(r);
                continue;
            }
            Outcome outcome = outcomeOf(r.outcome()).orElseThrow(() -> new UnknownStageException(
                    "outcomes[" + index + "].outcome", r.outcome(), describe()));
            out.add(new OutcomeRequest(r.leadId(), outcome.wireName(), r.amount(), r.closeDate(), r.idempotencyKey()));
        }
        return out;
    }

    private static String normalise(String stage) {
        return stage.strip().toLowerCase(Locale.ROOT);
    }
}
