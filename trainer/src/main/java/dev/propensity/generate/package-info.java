/**
 * A synthetic CRM export with known truth: hidden buyer personas drive what leads do and answer, the chance to
 * buy follows from those observable traces, and the outcome is drawn from it. Used for the committed sample,
 * for tests that need a yardstick (the true probabilities), and for drift tests (the shifted population).
 */
package dev.propensity.generate;
