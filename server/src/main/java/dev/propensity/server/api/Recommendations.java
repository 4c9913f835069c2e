package dev.propensity.server.api;

import java.util.List;

/**
 * The reps and products that fit the lead's persona, best first.
 *
 * @param reps        recommended reps
 * @param products    recommended products
 * @param exploration true when this lead fell in the exploration share: its reps are in random order among the
 *                    qualified ones, so that rep effects can later be measured without selection bias
 */
public record Recommendations(List<RepRecommendation> reps, List<ProductRecommendation> products, boolean exploration) {
}
