package dev.propensity.generate;

/**
 * Recent activity counted by the marketing tools.
 *
 * @param webVisits             site visits
 * @param downloads             content downloads
 * @param emailClicks           clicks in marketing e-mails
 * @param daysSinceLastActivity days since the last of any of these
 */
record Engagement(long webVisits, long downloads, long emailClicks, long daysSinceLastActivity) {
}
