package dev.propensity.generate;

/**
 * The sales rep's qualification answers (budget, authority, need, timeframe); each may be {@code null}.
 *
 * @param budgetConfirmed whether a budget was confirmed
 * @param authorityLevel  the contact's buying authority
 * @param needScore       how pressing the need is, 1 to 5
 * @param timeframe       when they mean to buy
 */
record Qualification(Boolean budgetConfirmed, AuthorityLevel authorityLevel, Integer needScore, Timeframe timeframe) {
}
