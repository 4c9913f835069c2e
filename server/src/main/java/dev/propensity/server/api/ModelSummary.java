package dev.propensity.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One registry version as {@code GET /v1/models} lists it.
 *
 * @param version       the number
 * @param label         such as "v3"
 * @param createdAt     when it was published
 * @param parentVersion the champion when it was published, null when none
 * @param champion      whether the registry's alias names it
 * @param serving       whether this server is scoring with it now
 * @param metrics       the manifest's metrics (train, test, baseline)
 */
public record ModelSummary(int version, String label, Instant createdAt, Integer parentVersion, boolean champion,
                           boolean serving, JsonNode metrics) {
}
