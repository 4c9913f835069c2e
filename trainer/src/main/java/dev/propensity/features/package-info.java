/**
 * The one feature pipeline shared by training and scoring: category normalisation with rare and unseen levels
 * grouped, log and standardisation of numerics with quantile bins, missing-value indicators.
 */
package dev.propensity.features;
