package dev.propensity.generate;

import java.util.Locale;

/**
 * The hidden kind of buyer behind a lead. It is never exported as a feature: it shapes what the lead does and
 * answers (see {@link LeadFactory} and {@link SurveyFactory}), and the chance to buy follows from those observable
 * traces (see {@link PropensityTruth}). It is written to {@code ground_truth.csv} only.
 */
enum Persona {
    /** Early adopter with budget and urgency. */
    INNOVATOR,
    /** Buys what is proven, after a look at the numbers. */
    PRAGMATIST,
    /** Slow, risk-averse, wants references. */
    CONSERVATIVE,
    /** Shops on price, compares vendors. */
    PRICE_HUNTER,
    /** Reads everything, buys nothing. */
    TIRE_KICKER;

    /** The name written to the ground-truth file. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
