package dev.propensity.server.account;

import java.util.List;
import java.util.Map;

/**
 * An account's score and what to do about it.
 *
 * @param accountId      the account
 * @param modelVersion   the version that scored the contacts
 * @param probability    {@code 1 - prod(1 - p_i)} over distinct people (each person's highest p)
 * @param score          the probability times 100, rounded
 * @param formula        "noisy-or over distinct people"
 * @param contacts       contacts sent
 * @param people         distinct people among them
 * @param drivers        the people who drive the score, largest share first
 * @param roles          per seniority and department: "engaged", "not engaged" or "no contact"
 * @param notEngaged     the buying roles with no engaged contact, the ones a starburst should reach
 * @param contactScores  every contact as scored
 */
public record AccountScore(String accountId, int modelVersion, double probability, int score, String formula,
                           int contacts, int people, List<Driver> drivers, Map<String, Map<String, String>> roles,
                           List<String> notEngaged, List<ContactScore> contactScores) {
    /**
     * @param leadId      the contact
     * @param probability its probability
     * @param share       its share of the account's {@code -log(1 - P)}, which noisy-OR splits exactly
     */
    public record Driver(String leadId, double probability, double share) {
    }
}
