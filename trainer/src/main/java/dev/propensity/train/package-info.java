/** Training runs: split, fit, calibrate, judge, guard, and publish to the registry. */
package dev.propensity.train;
