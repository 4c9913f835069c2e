package dev.propensity.server.api;

import java.util.List;

/**
 * The answer of {@code GET /v1/models}.
 *
 * @param champion the version the registry names champion, null when none
 * @param serving  the version this server scores with, null when none is loaded
 * @param versions every version, oldest first
 */
public record ModelList(Integer champion, Integer serving, List<ModelSummary> versions) {
}
