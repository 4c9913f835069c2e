/** Honest evaluation on held-out leads: ranking, probability quality, calibration, against the base rate. */
package dev.propensity.evaluate;
