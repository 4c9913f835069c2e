package dev.propensity.server.account;

/**
 * One contact of an account as scored.
 *
 * @param leadId    the lead id (may be null)
 * @param person    who the contact is: e-mail when sent, else the lead id (null: counted as a person of its own)
 * @param probability the contact's combined probability
 * @param grade     its grade, null without grading
 * @param route     its route, null without grading
 * @param engaged   whether its engagement is high (at or above the threshold)
 * @param role      its seniority and department
 */
public record ContactScore(String leadId, String person, double probability, String grade, String route,
                           boolean engaged, BuyingRole role) {
}
