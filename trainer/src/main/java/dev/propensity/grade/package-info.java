/**
 * Fit, engagement and intent kept apart, and the A-D grade built from them: each sub-score learnt from the
 * training rows and explained exactly, the thresholds behind the grade (training quantiles), decayed activity
 * events, and the grade report. What a version writes into {@code grading.json}.
 */
package dev.propensity.grade;
