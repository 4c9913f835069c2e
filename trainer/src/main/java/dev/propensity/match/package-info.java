/**
 * Rep and product match per persona (issue 9): win rates smoothed by empirical Bayes (a beta-binomial prior
 * fitted by the method of moments), shown raw and adjusted for the leads' propensity (observed wins against the
 * sum of predicted probabilities), with the deals behind each figure and a flag where evidence is thin; and the
 * recommendations a score answer carries, including the exploration share drawn at random.
 */
package dev.propensity.match;
