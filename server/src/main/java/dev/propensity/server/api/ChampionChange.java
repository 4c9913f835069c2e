package dev.propensity.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The answer of a promotion or rollback: the history entry the registry wrote.
 *
 * @param action  promote or rollback
 * @param from    the champion before, null when none
 * @param to      the new champion
 * @param who     who asked (the API key's name)
 * @param why     the reason given
 * @param at      when
 * @param metrics the figures recorded with the decision
 */
public record ChampionChange(String action, Integer from, int to, String who, String why, Instant at, JsonNode metrics) {
}
