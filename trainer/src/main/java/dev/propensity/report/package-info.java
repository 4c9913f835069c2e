/**
 * Reports a person can read: what a model version is worth (ranking, calibration, value of calling the top
 * leads, quality by segment, what drives the score) and how the champion is doing on live traffic (drift,
 * returned outcomes). Every figure is computed once into an immutable report object, which is written both as
 * {@code report.json} and as a self-contained {@code report.html}, so the two always say the same.
 */
package dev.propensity.report;
