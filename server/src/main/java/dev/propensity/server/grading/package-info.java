/**
 * Grades and routes at scoring time: the thresholds of the version's grading, then the operations team's
 * override rules (first match wins), giving the answer's {@code scores}, {@code grade}, {@code route} and
 * {@code decided_by}.
 */
package dev.propensity.server.grading;
