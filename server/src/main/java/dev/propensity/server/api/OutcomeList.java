package dev.propensity.server.api;

import java.util.List;

/**
 * The answer of {@code POST /v1/outcomes}, one entry per outcome posted, in order.
 *
 * @param outcomes the stored records
 */
public record OutcomeList(List<OutcomeView> outcomes) {
}
