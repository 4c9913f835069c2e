package dev.propensity.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.registry.ModelVersion;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The figures the {@code models} listing shows for one version, taken from its manifest where the
 * training run wrote them; each is empty when the manifest does not have it (the AUC interval is DeLong's 95 %
 * interval on the held-out leads, absent from manifests written before intervals).
 */
record VersionSummary(int number, String label, Instant createdAt, boolean champion, OptionalLong rows,
                      OptionalLong wins, OptionalLong losses, OptionalDouble rocAuc, OptionalDouble logLoss,
                      OptionalDouble rocAucLow, OptionalDouble rocAucHigh) {

    static VersionSummary of(ModelVersion version, boolean champion) {
        return new VersionSummary(version.number(), version.label(), version.createdAt(), champion,
                whole(version, "/data/rows"), whole(version, "/data/wins"), whole(version, "/data/losses"),
                decimal(version, "/metrics/test/roc_auc"), decimal(version, "/metrics/test/log_loss"),
                decimal(version, "/metrics/test_intervals/roc_auc/low"),
                decimal(version, "/metrics/test_intervals/roc_auc/high"));
    }

    private static OptionalLong whole(ModelVersion version, String pointer) {
        return version.manifestValue(pointer).filter(JsonNode::canConvertToLong)
                .map(v -> OptionalLong.of(v.asLong())).orElse(OptionalLong.empty());
    }

    private static OptionalDouble decimal(ModelVersion version, String pointer) {
        return version.manifestValue(pointer).filter(JsonNode::isNumber)
                .map(v -> OptionalDouble.of(v.asDouble())).orElse(OptionalDouble.empty());
    }
}
