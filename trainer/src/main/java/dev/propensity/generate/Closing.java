package dev.propensity.generate;

/**
 * What became of a lead, and what the CRM only knows once it closed (the leaky columns).
 *
 * @param owner       the sales rep assigned after qualification
 * @param won         the outcome
 * @param stage       the pipeline stage at export, which nearly repeats the outcome
 * @param daysToClose days from creation to close
 * @param amount      the deal amount quoted or booked, in dollars
 * @param probability the true chance to win with this owner and product (the rep and product affinities added)
 */
record Closing(String owner, boolean won, String stage, long daysToClose, double amount, double probability) {
}
