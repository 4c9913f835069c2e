package dev.propensity.generate;

/**
 * How the lead arrived and what it asked for.
 *
 * @param source        marketing channel
 * @param form          the first form filled in, {@code null} for none (most outbound leads)
 * @param product       the product line asked about
 * @param requestedCall whether the lead asked to be called
 * @param demoAttended  whether the lead attended a product demo
 */
record Intent(LeadSource source, RegistrationForm form, Product product, boolean requestedCall, boolean demoAttended) {
}
